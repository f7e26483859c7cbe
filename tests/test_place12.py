"""Place rules of round 25 (place12), on sentences about other places than the held-out
articles that motivated them: where each construction puts a place, and where it must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

# (text, a located_in pair it must give, a pair it must not give)
BARE_CAPITALS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    # "the capital, X," hung on the verb, in a sentence whose subject is X's country
    (
        "Jordan has jailed two men for a plot to bomb a hotel in the capital, Amman, last year.",
        ("Amman", "Jordan"),
        None,
    ),
    (
        "Tunisia has arrested five suspects over an attack on tourists near the capital, "
        "Tunis, last year.",
        ("Tunis", "Tunisia"),
        None,
    ),
    # the data makes Amman another country's capital: not Israel's
    ("Israel sent Kerry for talks in the capital, Amman, on Monday.", None, ("Amman", "Israel")),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), BARE_CAPITALS)
def test_place12_bare_capital_after_comma(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """ "near the capital, Cairo, last year": the town lies in the country whose capital the
    data makes it, when the article names that country."""
    found = pairs(extract("News\n\n" + text), "located_in")
    if pair is not None:
        assert pair in found, sorted(found)
    if wrong is not None:
        assert wrong not in found, sorted(found)


RESOLVED_CAPITALS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "Rebels in Libya shelled Tripoli on Monday. Jets also targeted camps east and west of "
        "the capital, residents said.",
        ("Tripoli", "Libya"),
        None,
    ),
    (
        "Fighters of the group seized Ramadi and Baiji, Iraqi officials said. The gains open "
        "the way for the group to advance towards Baghdad. Tanks moved towards areas near the "
        "capital and Samarra.",
        ("Baghdad", "Iraq"),
        None,
    ),
    # the capital of a country the article does not name is placed nowhere
    (
        "Kerry flew to Amman on Monday. Israel said it would send a delegation to the capital.",
        None,
        ("Amman", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), RESOLVED_CAPITALS)
def test_place12_resolved_bare_capital(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """A bare "the capital" resolved to a named town lies in the country the data makes it
    the capital of, when the article names that country."""
    found = pairs(extract("News\n\n" + text), "located_in")
    if pair is not None:
        assert pair in found, sorted(found)
    if wrong is not None:
        assert wrong not in found, sorted(found)


# (text, the area's node label and its owner, a label that must not name a node)
OWNED_AREAS: list[tuple[str, tuple[str, str], str | None]] = [
    (
        "Fishermen rescued 300 migrants off Indonesia's Riau province on Friday.",
        ("Riau", "Indonesia"),
        "Riau province",
    ),
    (
        "Soldiers patrolled Indonesia's Papua province after the clashes.",
        ("Papua", "Indonesia"),
        "Papua province",
    ),
    # a town of the same name the article makes a city stays apart from the province
    (
        "Twenty bodies were found in Thailand's Songkhla province. Police in the city of "
        "Songkhla said more graves were likely.",
        ("Songkhla province", "Thailand"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "pair", "gone"), OWNED_AREAS)
def test_place12_owned_area_label(
    extract: Any, text: str, pair: tuple[str, str], gone: str | None
) -> None:
    """ "Indonesia's Aceh province" is the area Aceh, in Indonesia; "Songkhla province" stays
    apart from the city of Songkhla the article also names."""
    graph = extract("News\n\n" + text)
    found = pairs(graph, "located_in")
    assert pair in found, sorted(found)
    labels = {e.label for e in graph.entities.values()}
    if gone is not None:
        assert gone not in labels, sorted(labels)
    else:
        assert pair[0].split()[0] in labels, sorted(labels)


PLACED_DEEDS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    # a participle's object named by a place noun, its verb placed in a country
    (
        "Rebels advanced in northern Iraq on Monday, capturing the town of Tal Afar.",
        ("Tal Afar", "Iraq"),
        None,
    ),
    # a sentence placed in a country, and its verb in a province
    (
        "Meanwhile in Afghanistan, the Taliban have seized more villages in the northern "
        "province of Kunduz, officials say.",
        ("Kunduz", "Afghanistan"),
        None,
    ),
    # the place's own words put it in another country
    (
        "Rebels advanced in northern Iraq on Monday, capturing the Syrian town of Kobane.",
        None,
        ("Kobane", "Iraq"),
    ),
    # the country is where the actors are, not where the deed is
    (
        "Fighters in Yemen fled to Saudi Arabia, reaching the town of Najran.",
        None,
        ("Najran", "Yemen"),
    ),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), PLACED_DEEDS)
def test_place12_deed_placed_in_country(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """A deed placed in a country and, by a place noun, in a town: the town lies in that
    country."""
    found = pairs(extract("News\n\n" + text), "located_in")
    if pair is not None:
        assert pair in found, sorted(found)
    if wrong is not None:
        assert wrong not in found, sorted(found)


NAMED_AREAS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "Rescuers pulled two women from a house in Sitapaila in Kalanki area of western Kathmandu.",
        ("Sitapaila", "Kalanki"),
        None,
    ),
    (
        "Gunmen shot a trader in Kariobangi in Kasarani area of Nairobi on Sunday.",
        ("Kariobangi", "Kasarani"),
        None,
    ),
    # a country's demonym before "area": the area is that country's
    (
        "Miners protested in the town of Marikana, in the South African platinum belt area, "
        "on Monday.",
        ("Marikana", "South Africa"),
        None,
    ),
    (
        "Refugees crossed into the town of Suruc, in the Turkish border area, on Friday.",
        ("Suruc", "Turkey"),
        None,
    ),
    # a body's name before "area" names no place
    ("Talks took place in Geneva in the UN area on Monday.", None, ("Geneva", "UN")),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), NAMED_AREAS)
def test_place12_named_area(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """ "X in Chabahil area": a place's name in front of "area" names the area X lies in; a
    country's demonym in front of it, the country."""
    found = pairs(extract("News\n\n" + text), "located_in")
    if pair is not None:
        assert pair in found, sorted(found)
    if wrong is not None:
        assert wrong not in found, sorted(found)
