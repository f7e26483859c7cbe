"""Places inside places that are not countries: "the X neighbourhood of the city of Y",
"the province of Y, which includes X", "X, one of the last <places> in Y", "X province, in
Y's northwest"; and what must not be read as located_in. Sentences about other places than
the held-out articles the rules were learnt from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

LOCATED: list[tuple[str, tuple[str, str]]] = [
    # a ward or district "of the city of Y" is the city's part, with its noun
    (
        "Shells hit the rebel-held Salaheddine neighbourhood of the city of Raqqa on Monday.",
        ("Salaheddine neighbourhood", "Raqqa"),
    ),
    (
        "Rebels shelled the Ahmadiyya district of the city of Mosul.",
        ("Ahmadiyya district", "Mosul"),
    ),
    (
        "Gunmen attacked the Mansour neighbourhood of the city of Basra.",
        ("Mansour neighbourhood", "Basra"),
    ),
    # an area's relative clause says what it holds
    (
        "Fighters advanced into the eastern province of Deir Ezzor, which includes Mayadeen.",
        ("Mayadeen", "Deir Ezzor"),
    ),
    (
        "The militants seized the province of Anbar, which includes Ramadi and Fallujah.",
        ("Fallujah", "Anbar"),
    ),
    ("Nineveh province, which contains Mosul, fell in June.", ("Mosul", "Nineveh")),
    (
        "Ahmed Ali, the governor of the northern province of Raqqa, which includes Tabqa, "
        "told reporters on Monday.",
        ("Tabqa", "Raqqa"),
    ),
    # "X, one of the <places> in Y"
    (
        "Troops entered the northern town of Taftanaz, one of the last rebel strongholds in Hama.",
        ("Taftanaz", "Hama"),
    ),
    ("Fallujah, one of the most violent cities in Iraq, fell.", ("Fallujah", "Iraq")),
    (
        "He said that an offensive in the southern town of Nawa, one of the last army "
        "bastions in Quneitra, is forcing troops to withdraw.",
        ("Nawa", "Quneitra"),
    ),
    # "X province, in Y's northwest": after the noun's comma
    (
        "Jabhat al-Nusra is part of the Army of Conquest, a coalition that controls most of "
        "Hama province, in Syria's northwest.",
        ("Hama province", "Syria"),
    ),
    (
        "Rebels control most of Deraa province, in Syria's southwest.",
        ("Deraa province", "Syria"),
    ),
    # a singular apposition after a list describes the last name, not the first
    (
        "Migrants are arriving in Djibouti and Somaliland, a self-declared north western "
        "Somali region.",
        ("Somaliland", "Somalia"),
    ),
    ("Talks were held in Doha and Geneva, the Swiss city, last week.", ("Geneva", "Switzerland")),
]


@pytest.mark.parametrize(("sentence", "pair"), LOCATED)
def test_place1_located_in(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    found = triples(extract(sentence))
    assert (pair[0], "located_in", pair[1]) in found, sorted(found)


NOT_LOCATED: list[tuple[str, tuple[str, str]]] = [
    # an event, an actor or a route is no place inside a place
    ("Talks in Geneva resumed on Monday.", ("Talks", "Geneva")),
    ("Troops in Yemen advanced on Monday.", ("Yemeni army", "Yemen")),
    ("Migrants travelled from Libya to Italy.", ("Libya", "Italy")),
    # the first of a list is not what the apposition after the last one says
    (
        "Migrants are arriving in Djibouti and Somaliland, a self-declared north western "
        "Somali region.",
        ("Djibouti", "Somalia"),
    ),
    ("Talks were held in Doha and Geneva, the Swiss city, last week.", ("Doha", "Switzerland")),
    # a body's relative clause holds members, not places
    ("He praised the coalition, which includes Jordan.", ("Jordan", "coalition")),
    (
        "The Saudi-led coalition, which includes Egypt and Morocco, struck Sanaa.",
        ("Egypt", "Saudi-led coalition"),
    ),
    # a country "one of the contributors in Y" is not in Y
    (
        "Kenya, one of the biggest troop contributors in Somalia, pulled out.",
        ("Kenya", "Somalia"),
    ),
    # the city named by a town noun is no part of the town before it
    ("Rebels shelled the Ahmadiyya district of the city of Mosul.", ("Mosul", "Ahmadiyya")),
    # "X province, in a statement": no place after the comma
    ("Troops took Anbar province, in a major offensive.", ("Anbar", "offensive")),
    # a relative clause on a person is not the place's
    (
        "He met the Kenyan president, who includes Nairobi in his plans.",
        ("Nairobi", "Kenya"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_LOCATED)
def test_place1_not_located_in(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    found = triples(extract(sentence))
    assert (pair[0], "located_in", pair[1]) not in found, sorted(found)


def test_place1_no_located_in_for_actors_and_events(extract: Any) -> None:
    """No located_in at all where no place is said to be in another."""
    for sentence in (
        "Talks in Geneva resumed on Monday.",
        "Migrants travelled from Libya to Italy.",
        "He praised the coalition, which includes Jordan.",
    ):
        found = triples(extract(sentence))
        assert not [t for t in found if t[1] == "located_in"], (sentence, sorted(found))
