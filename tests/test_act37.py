"""Unnamed doers and common groups as actors (issue 13, act37).

1. A singular plain armed phrase with no name in front names one unnamed doer ("a suicide
   bomber", "a gunman", "an attacker"; ``lone_doers`` in kg/data/en/sector_nouns.json): one
   Group of its article labelled as written without determiner, apart from the article's
   plural "gunmen" and never the armed group the article names
   (kg/resolve/collectives.py ``_lone_item``).
2. "A rebel alliance" / "a rebel coalition" is one Group of its article, and "the alliance"
   after it is that group (kg/resolve/sides.py ``article_sides``); a led coalition the article
   names keeps "the coalition".
3. A sentence's first word, a common noun whose gazetteer key is only an acronym, is no name
   ("Car bombers killed ..." is no Central African Republic; kg/resolve/entities.py).
4. A stance prefix is part of a people group's label ("anti-government protesters", not
   "government protesters"; ``stance_start``); "pro-" stays a side.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, node_types, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A suicide bomber attacked Iraqi soldiers in Ramadi on Sunday.",
            ("suicide bomber", "Iraqi soldiers"),
        ),
        # the armed group named before is not the lone doer
        (
            "ISIL said it carried out the attack. A gunman attacked Tunisian police in Sousse "
            "on Friday.",
            ("gunman", "Tunisian police"),
        ),
        (
            "An attacker stabbed Avijit Roy in Dhaka.",
            ("attacker", "Avijit Roy"),
        ),
        (
            "A suicide car bomber attacked a convoy of Nigerian troops near Maiduguri.",
            ("suicide car bomber", "Nigerian troops"),
        ),
    ],
)
def test_act37_lone_doer_is_one_person(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "a suicide bomber attacked X": one unnamed person of the article did it."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "attacked")
    assert node_types(graph)[expected[0]] == "Group"


def test_act37_lone_doer_apart_from_plural_gunmen(extract: Any) -> None:
    """Gunmen in one town and a suicide bomber in another are two doers, not one node."""
    graph = extract(
        "Gunmen attacked Kenyan police in Mandera. A suicide bomber attacked Somali soldiers "
        "in Mogadishu.",
        published="2015-06-10",
    )
    found = pairs(graph, "attacked")
    assert ("Gunmen", "Kenyan police") in found
    assert ("suicide bomber", "Somali soldiers") in found
    assert ("Gunmen", "Somali soldiers") not in found


def test_act37_lone_doer_not_the_named_group(extract: Any) -> None:
    """A lone gunman after the article names ISIL does not make ISIL the attacker."""
    graph = extract(
        "ISIL said it carried out the attack. A gunman attacked Tunisian police in Sousse.",
        published="2015-06-10",
    )
    assert not any(s in ("ISIL", "Islamic State") for s, _ in pairs(graph, "attacked"))


@pytest.mark.parametrize(
    "text",
    [
        # a bomber aircraft of a country is the country's military, no person
        "A Russian bomber flew over Swedish waters, the Swedish army said.",
        # a bomber in no event role is still no doer of an attack
        "Pro-government militias attacked rebels in Benghazi.",
    ],
)
def test_act37_no_lone_doer_look_alikes(extract: Any, text: str) -> None:
    """A country's bomber (an aircraft) and plain plural sides make no unnamed person."""
    graph = extract(text, published="2015-06-10")
    assert not {"bomber", "Russian bomber"} & set(node_types(graph))


def test_act37_rebel_alliance_and_the_alliance(extract: Any) -> None:
    """ "a rebel alliance ... The alliance attacked X": the alliance is the rebel alliance."""
    graph = extract(
        "A rebel alliance seized the town of Ariha from Syrian troops. The alliance attacked "
        "Syrian troops in Idlib on Friday.",
        published="2015-06-10",
    )
    found = pairs(graph, "attacked")
    assert ("rebel alliance", "Ariha") in found
    assert ("rebel alliance", "Syrian troops") in found
    assert "rebel alliance" in labels_of_type(graph, "Group")


@pytest.mark.parametrize(
    ("text", "label", "target"),
    [
        (
            "A Sunni-led rebel coalition shelled the city of Homs on Friday.",
            "Sunni-led rebel coalition",
            "Homs",
        ),
        (
            "Residents said a Kurdish-led rebel alliance captured the town of Tal Abyad.",
            "Kurdish-led rebel alliance",
            "Tal Abyad",
        ),
        (
            "A well-armed rebel alliance seized the town of Jisr al-Shughour in April.",
            "well-armed rebel alliance",
            "Jisr al-Shughour",
        ),
        # no hyphened word: the label as before
        ("A rebel coalition shelled the city of Homs on Friday.", "rebel coalition", "Homs"),
    ],
)
def test_act37_rebel_alliance_keeps_its_hyphened_leader(
    extract: Any, text: str, label: str, target: str
) -> None:
    """ "a Sunni-led rebel coalition": the word hyphened to the body's first modifier says who
    leads it and stays in its label, with its case ("led rebel coalition" says nothing)."""
    graph = extract(text, published="2015-06-10")
    assert (label, target) in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))
    assert not any(n.startswith(("led ", "armed ")) for n in node_types(graph))


def test_act37_opposition_alliance_apart_from_the_opposition(extract: Any) -> None:
    """An opposition alliance is a group of its own, not the article's "opposition"; "the
    alliance" after it is it."""
    graph = extract(
        "The opposition criticized the Ugandan government. A three-party opposition alliance "
        "criticized President Yoweri Museveni. The alliance also criticized the Ugandan army.",
        published="2015-06-10",
    )
    found = pairs(graph, "criticized")
    assert ("opposition alliance", "Yoweri Museveni") in found
    assert ("opposition alliance", "Ugandan army") in found
    assert ("opposition", "Ugandan government") in found
    assert ("opposition", "Yoweri Museveni") not in found


def test_act37_rebel_alliance_beside_a_led_coalition(extract: Any) -> None:
    """A led coalition named in the article keeps "the coalition"; the rebel alliance is a
    group of its own."""
    graph = extract(
        "The Saudi-led coalition struck Houthi rebels in Sanaa. A rebel alliance attacked "
        "Saudi troops.",
        published="2015-06-10",
    )
    found = pairs(graph, "attacked")
    assert ("rebel alliance", "Saudi troops") in found
    assert ("Saudi-led coalition", "Houthis") in found


@pytest.mark.parametrize(
    ("text", "label", "absent"),
    [
        (
            "Car bombers killed 20 people at a market in Baghdad.",
            "Car bombers",
            "Central African army",
        ),
        ("Two car bombers attacked Iraqi police in Mosul.", "car bombers", "Central African army"),
    ],
)
def test_act37_common_noun_is_no_acronym(extract: Any, text: str, label: str, absent: str) -> None:
    """ "Car bombers" opening a sentence are bombers, not the Central African Republic's
    army."""
    types = node_types(extract(text, published="2015-06-10"))
    assert label in types
    assert absent not in types
    assert "Central African Republic" not in types


def test_act37_written_acronym_still_a_name(extract: Any) -> None:
    """ "CAR" written as an acronym still names the country."""
    graph = extract("The CAR government criticized the United Nations on Monday.")
    assert any(s.startswith("C") and o == "United Nations" for s, o in pairs(graph, "criticized"))
    assert "Car" not in node_types(graph)


@pytest.mark.parametrize(
    ("text", "label", "wrong"),
    [
        (
            "Police fired tear gas at anti-government protesters in Caracas.",
            "anti-government protesters",
            "government protesters",
        ),
        ("Anti-war protesters attacked police in London.", "Anti-war protesters", "war protesters"),
        (
            "Anti-nuclear campaigners criticized the Japanese government on Monday.",
            "anti-nuclear campaigners",
            "nuclear campaigners",
        ),
    ],
)
def test_act37_stance_prefix_in_label(extract: Any, text: str, label: str, wrong: str) -> None:
    """The stance is part of the group's name: without it the label says the opposite."""
    types = node_types(extract(text, published="2015-06-10"))
    assert label in types
    assert wrong not in types


def test_act37_pro_prefix_stays_a_side(extract: Any) -> None:
    """ "pro-government militias" keep their side label."""
    graph = extract("Pro-government militias attacked rebels in Benghazi.", published="2015-06-10")
    assert ("Pro-government militias", "rebels") in pairs(graph, "attacked")
