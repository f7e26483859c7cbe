"""Place rules that must not misplace: a sea in a country, a name cut in two, a ward's name
read as its city's container, a part of a body read as a place in it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, a located_in pair it must not give)
NOT_IN: list[tuple[str, tuple[str, str]]] = [
    # a fronted phrase with a sea, then a clause whose subject is a country
    ("In the Black Sea, Russia has stepped up naval patrols.", ("Black Sea", "Russia")),
    ("Across the Arabian Sea, Pakistan watched the drills closely.", ("Arabian Sea", "Pakistan")),
    # a sea, an ocean or a strait lies between countries, in none of them
    ("Tankers crossed the Strait of Hormuz, Iran said on Monday.", ("Strait of Hormuz", "Iran")),
    # a name the model cut before its "of" is no place in what follows
    ("Trawlers sailed across the Bay of Biscay on Monday.", ("Bay of", "Biscay")),
    # the name in front of a ward noun is the ward's, inside the place after "of"
    (
        "Tanks shelled homes in the Shujaiya neighbourhood of Gaza City.",
        ("Gaza City", "Shujaiya"),
    ),
    ("Shells hit the Karrada district of Baghdad overnight.", ("Baghdad", "Karrada")),
    # a part of an organisation is its member, not a place in it
    ("The Lions Brigade is part of the Free Syrian Army.", ("Lions Brigade", "Free Syrian Army")),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_IN)
def test_places_seas_wards_no_wrong_container(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Seas, cut names, ward names and parts of bodies give no wrong located_in."""
    found = {(s, o) for s, p, o in triples(extract(sentence)) if p == "located_in"}
    assert pair not in found, sorted(found)


# (sentence, the triple it must give)
GIVEN: list[tuple[str, tuple[str, str, str]]] = [
    # the ward lies in the city after "of"
    (
        "Tanks shelled homes in the Shujaiya neighbourhood of Gaza City.",
        ("Shujaiya", "located_in", "Gaza City"),
    ),
    # an owner before the ward noun still holds the ward named after "of"
    (
        "Militiamen patrol Baghdad's neighbourhood of Sadr City.",
        ("Sadr City", "located_in", "Baghdad"),
    ),
    # a known town before a ward noun, or a district or a suburb, holds the one after "of"
    (
        "Police patrolled the Paris neighbourhood of Belleville.",
        ("Belleville", "located_in", "Paris"),
    ),
    (
        "Gunmen attacked a bus in the Istanbul district of Fatih.",
        ("Fatih", "located_in", "Istanbul"),
    ),
    # a city's noun after a name still puts the city in that name
    ("The mayor spoke in the Okinawa city of Nago.", ("Nago", "located_in", "Okinawa")),
    # a town after a comma and its country still lies in it
    ("Kismayo, Somalia, was quiet on Monday.", ("Kismayo", "located_in", "Somalia")),
    # a part of a body is its member
    (
        "The Sudan Liberation Movement is part of the Sudan Revolutionary Front.",
        ("Sudan Liberation Movement", "member_of", "Sudan Revolutionary Front"),
    ),
    # a part of a place stays a place in it
    (
        "Husaybah is part of the Khaldiya district.",
        ("Husaybah", "located_in", "Khaldiya district"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), GIVEN)
def test_places_seas_wards_still_given(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Wards, comma pairs and parts are still placed (or made members) as written."""
    assert triple in triples(extract(sentence)), sorted(triples(extract(sentence)))
