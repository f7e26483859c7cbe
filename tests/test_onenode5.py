"""One node per real actor (issue 13): a family name written with its particle alone ("bin
Laden", "De Mistura", "von der Leyen") is the article's one person whose full name ends in
it, with the real model on actors of other stories; two people who share it stay apart."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

# text, the full name, the short form (two nodes on main, one now)
PARTICLE_SHORT_FORMS = [
    (
        "German Defence Minister Ursula von der Leyen visited troops in Mali on Monday. "
        "Later, von der Leyen met the president in Bamako.",
        "Ursula von der Leyen",
        "von der Leyen",
    ),
    (
        "Spanish Economy Minister Luis de Guindos said the banks were sound. "
        "De Guindos told reporters in Madrid that growth would pick up.",
        "Luis de Guindos",
        "De Guindos",
    ),
    (
        "The Saudi foreign minister, Adel bin Ahmed al-Jubeir, met envoys on Sunday. "
        "Hamza bin Laden, a son of the al-Qaeda founder, called for attacks in a message. "
        "Officials said Bin Laden had been living in Iran.",
        "Hamza bin Laden",
        "Bin Laden",
    ),
    (
        "UN envoy Staffan de Mistura arrived in Damascus. De Mistura urged both sides to stop "
        "the shelling of Aleppo.",
        "Staffan de Mistura",
        "De Mistura",
    ),
    (
        "Real Madrid signed Pablo de Vega on Monday. Manchester United goalkeeper David De Gea "
        "was not in the squad. De Vega will join next month.",
        "Pablo de Vega",
        "De Vega",
    ),
]

# two full names end in the same particle and family name: the short form is neither
SHARED = [
    (
        "Economy Minister Luis de Guindos and central bank governor Carlos de Guindos "
        "disagreed on Monday. De Guindos said the banks needed more capital.",
        ("Luis de Guindos", "Carlos de Guindos"),
        "De Guindos",
    ),
    (
        "Crown Prince Mohammed bin Salman met the US president. Prince Khalid bin Salman, "
        "the ambassador, joined them. Reporters said bin Salman was pleased.",
        ("Mohammed bin Salman", "Khalid bin Salman"),
        "bin Salman",
    ),
]


@pytest.mark.parametrize(("text", "full", "short"), PARTICLE_SHORT_FORMS)
def test_onenode5_particle_short_form_is_the_full_name(
    extract: Any, text: str, full: str, short: str
) -> None:
    """The particles and the family name alone are the one person of the article."""
    labels = set(node_types(extract(text)))
    assert full in labels
    assert short not in labels


@pytest.mark.parametrize(("text", "fulls", "short"), SHARED)
def test_onenode5_shared_particle_name_stays_apart(
    extract: Any, text: str, fulls: tuple[str, str], short: str
) -> None:
    """Two people of the article share the family name: no guess between them."""
    graph = extract(text)
    labels = set(node_types(graph))
    assert set(fulls) <= labels
    for entity_id, mentions in graph.mentions.items():
        label = graph.entities[entity_id].label
        if label in fulls:
            assert short not in {m.text for m in mentions}, label


def test_onenode5_particle_tail_keys() -> None:
    """The key of a full name and of its short form agree, whatever the particle's case."""
    from kg.resolve.names import name_words

    words = name_words("en")
    assert words.particle_tail(["Staffan", "de", "Mistura"]) == words.particle_tail(
        ["De", "Mistura"]
    )
    assert words.particle_tail(["Saad", "Hariri"]) is None
    assert words.particle_tail(["King", "Salman"]) is None
    # another family name with the same particle is another key ("De Gea", "De Vega")
    assert words.particle_tail(["David", "De", "Gea"]) != words.particle_tail(["De", "Vega"])


# a place's or an organisation's name written once with a typo: the name the article goes on
# writing (two nodes on main, one now)
TYPOS = [
    (
        "Heavy rain flooded villages in Uttarakhand on Monday. Rescue teams in Uttarakand "
        "searched for survivors, and officials in Uttarakhand asked for help.",
        "Uttarakhand",
        "Uttarakand",
    ),
    (
        "Protesters gathered in Chhattisgarh on Sunday. Police in Chhatisgarh arrested 20 "
        "people, officials in Chhattisgarh said.",
        "Chhattisgarh",
        "Chhatisgarh",
    ),
    (
        "The Awami League won the vote in Dhaka. Leaders of the Awami Leauge said the result "
        "was fair, and the Awami League called for calm.",
        "Awami League",
        "Awami Leauge",
    ),
]

# one letter apart but two real actors: two known countries, two people
APART = [
    ("The presidents of Gambia and Zambia met in Addis Ababa on Monday.", ("Gambia", "Zambia")),
    (
        "Police arrested Jamal Hassan and Kamal Hassan in Cairo on Monday.",
        ("Jamal Hassan", "Kamal Hassan"),
    ),
]


@pytest.mark.parametrize(("text", "name", "typo"), TYPOS)
def test_onenode5_name_typo_is_the_name(extract: Any, text: str, name: str, typo: str) -> None:
    """A name one typo from the name the article writes more often is that name."""
    graph = extract(text)
    written = {
        graph.entities[entity_id].label: {m.text for m in mentions}
        for entity_id, mentions in graph.mentions.items()
    }
    assert {name, typo} <= written.get(name, set())
    assert typo not in written


@pytest.mark.parametrize(("text", "names"), APART)
def test_onenode5_one_letter_apart_stay_apart(
    extract: Any, text: str, names: tuple[str, str]
) -> None:
    """Two known countries, or two people, one letter apart are two nodes."""
    labels = set(node_types(extract(text)))
    assert set(names) <= labels
