"""A town's possessive before its site (place57): the model often takes a large city before
"'s" for an organisation or a person ("Quetta" ORG of "Quetta's main bazaar", "Lahore's
Liberty" one ORG): before a site noun the city is a town (kg/resolve/entities.py
``_city_owns_site``, ``_city_owner_cut``); a named site lies in it
(kg/extract/owned_sites.py), and an unnamed site an attack hits does too
(kg/extract/sites.py ``_town_owner``). Not a site a country, a body or a person owns, nor an
unnamed one no attack hits. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

FOUND = [
    ("A suicide bomber struck Quetta's main bazaar on Tuesday.", ("main bazaar", "Quetta")),
    ("A suicide bomber attacked Kabul's main market on Tuesday.", ("main market", "Kabul")),
    ("Syrian jets bombed Aleppo's main hospital.", ("main hospital", "Aleppo")),
    (
        "Protesters gathered at Lahore's Liberty roundabout on Sunday.",
        ("Liberty roundabout", "Lahore"),
    ),
    ("Protesters gathered at Multan's Liberty roundabout.", ("Liberty roundabout", "Multan")),
    ("A bomb exploded in Quetta's Kasi Road market.", ("Kasi Road market", "Quetta")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_places_city_owner_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The site lies in the city, which is a city."""
    graph = extract(text)
    assert pair in pairs(graph, "located_in")
    assert node_types(graph)[pair[1]] == "City"


# (text, the owner that must hold nothing)
NOT_FOUND = [
    ("Lahore's main market was closed after the attack.", "Lahore"),
    ("Militants attacked Iraq's main refinery.", "Iraq"),
    ("Gunmen attacked Jordan's main airport.", "Jordan"),
    ("Michael Jackson died in 2009. Jackson's main house was sold.", "Jackson"),
    ("Gunmen stormed the party's headquarters in the city.", "party"),
    ("Gunmen attacked Baghdad's Shia mosques on Friday.", "Baghdad"),
    ("Paris Hilton's main hotel was attacked by gunmen.", "Paris Hilton"),
    ("Washington's stance on the strike angered Tehran.", "Washington"),
    ("Barcelona's coach praised the main stadium.", "Barcelona"),
]


@pytest.mark.parametrize(("text", "owner"), NOT_FOUND)
def test_places_city_owner_not_found(extract: Any, text: str, owner: str) -> None:
    """Nothing is put in the owner."""
    assert not {p for p in pairs(extract(text), "located_in") if p[1] == owner}


def test_places_city_owner_keeps_a_long_name(extract: Any) -> None:
    """A longer name after the city's possessive stays a name of its own, in the city."""
    graph = extract("Doctors at Karachi's Aga Khan University Hospital treated the wounded.")
    assert ("Aga Khan University Hospital", "Karachi") in pairs(graph, "located_in")
