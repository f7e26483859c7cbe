"""Wrong outputs of real news (weak64): civilians expelled are not fought
(kg/extract/interactions.py _armed_side); a state's warning to its own people is no threat
(kg/extract/advisories.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

EXPELLED_CIVILIANS = [
    "Jordan expelled the Iraqi refugees.",
    "Libya expelled the Egyptian migrants.",
    "Police expelled the protesters from the square.",
]


@pytest.mark.parametrize("text", EXPELLED_CIVILIANS)
def test_expelled_civilians_not_attacked(extract: Any, text: str) -> None:
    """Refugees, migrants or protesters driven out are expelled, not assaulted."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found


EXPELLED_GROUPS = [
    ("Jordan expelled the Iraqi refugees.", ("Jordan", "sanctioned", "Iraqi refugees")),
    ("Egypt expelled Al Jazeera journalists.", ("Egypt", "sanctioned", "Al Jazeera")),
]


@pytest.mark.parametrize(("text", "triple"), EXPELLED_GROUPS)
def test_expelled_group_coerced(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An expulsion of a group, not only of one person, is coercion (CAMEO 174)."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


EXPELLED_FIGHTERS = [
    ("The Syrian army expelled the rebels from Homs.", ("Syrian army", "attacked", "rebels")),
    ("Nigeria expelled Boko Haram from Gwoza.", ("Nigeria", "attacked", "Boko Haram")),
]


@pytest.mark.parametrize(("text", "triple"), EXPELLED_FIGHTERS)
def test_expelled_fighters_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An armed group, or a group of no known kind, driven out by fighters is fought."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


ADVISORIES = [
    "Canada warned its citizens against travel to Burundi.",
    "Germany cautioned its nationals against visiting Yemen.",
    "The United States warned Americans against travel to Libya.",
    "India warned its citizens in Kathmandu to stay indoors.",
    "Spain cautioned tourists against visiting Tunisia.",
]


@pytest.mark.parametrize("text", ADVISORIES)
def test_advisory_no_threat(extract: Any, text: str) -> None:
    """A state warning its own people is advising them, not threatening anyone."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "threatened"}, found


THREATS = [
    ("Turkey warned Syria of serious consequences.", ("Turkey", "threatened", "Syria")),
    ("Japan warned China against provocations.", ("Japan", "threatened", "China")),
]


@pytest.mark.parametrize(("text", "triple"), THREATS)
def test_warning_to_other_side_threat(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A warning to another side stays a threat."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


TITLED = [
    ("Sgt. Maria Lopez said the gunman fled.", "Maria Lopez"),
    ("Col. Ahmed Saleh told reporters the base was safe.", "Ahmed Saleh"),
    ("Capt. Tom Briggs of the coast guard said the boat sank.", "Tom Briggs"),
    ("Supt. Kamau said the suspects were held.", "Kamau"),
]


@pytest.mark.parametrize(("text", "name"), TITLED)
def test_abbreviated_title_kept_whole(nlp: Any, extract: Any, text: str, name: str) -> None:
    """An abbreviated title is one token with its stop, no person of its own, and the name
    after it is the person."""
    title = text.split()[0]
    assert title in [t.text for t in nlp(text)]
    people = {e.label for e in extract(text, published="2015-05-15").entities.values()}
    assert name in people, people
    assert title.rstrip(".") not in people, people


RECEIVED = [
    # help taken from a shop or a dealer: no giver, and the taker supports no one
    "The gangs received rifles from US gun stores.",
    "The militants received ammunition from Turkish smugglers' shops.",
]


@pytest.mark.parametrize("text", RECEIVED)
def test_received_from_no_actor(extract: Any, text: str) -> None:
    """The receiver of help is never its supporter."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "supported"}, found


GIVEN = [
    ("The Peshmerga received weapons from France.", ("France", "supported", "Peshmerga")),
    ("The Houthis received missiles from Iran.", ("Iran", "supported", "Houthis")),
]


@pytest.mark.parametrize(("text", "triple"), GIVEN)
def test_received_from_giver(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Help received from a named actor: the giver supports the receiver."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


CLUB_GAMES = [
    "Leeds United will host Sheffield on Saturday.",
    "Porto FC met Braga on Sunday.",
    "Wigan Athletic will host Bristol Rovers next week.",
]


@pytest.mark.parametrize("text", CLUB_GAMES)
def test_club_meeting_is_game(extract: Any, text: str) -> None:
    """A club its name marks meeting another club or a town plays a game, no meeting,
    with no sport word in the article."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] in ("met", "visited")}, found


def test_person_meets_club_kept(extract: Any) -> None:
    """A person meeting a club's officials still meets them; a club's own name is not 'City'."""
    found = triples(extract("Jose Mourinho met Leeds United officials.", published="2015-05-15"))
    assert any(t[1] == "met" and t[0] == "Jose Mourinho" for t in found), found


ADVISED_AGAINST = [
    "Canada advised Canadians against traveling to Burundi.",
    "Norway cautioned travellers against visiting Yemen.",
]


@pytest.mark.parametrize("text", ADVISED_AGAINST)
def test_visit_advised_against_not_done(extract: Any, text: str) -> None:
    """A visit advised against is spoken of, not made."""
    graph = extract(text, published="2015-05-15")
    visits = [c for c in graph.claims if c.predicate.value == "visited"]
    assert visits
    assert all(c.qualifiers.status.value != "occurred" for c in visits), visits
