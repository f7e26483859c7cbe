"""Support and aid written the ways news writes them (backing58): people picked up at sea by
a ship (kg/extract/vessel_pickups.py), help given by attacks ("Saudi air strikes helped the
rebels", ``help_owners.strike_help``) and a country's adjective in front of a backing
participle with no hyphen ("the Turkish supported rebels", kg/extract/backers.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a ship that picked people up rescued them: its flag's country, and its name
    (
        "Most of the migrants had been picked up by the Spanish warship Numancia.",
        ("Spain", "supported", "migrants"),
    ),
    (
        "The Irish naval vessel LE Eithne picked up 300 migrants off Libya.",
        ("Ireland", "supported", "migrants"),
    ),
    (
        "The Irish naval vessel LE Eithne picked up 300 migrants off Libya.",
        ("LE Eithne", "supported", "migrants"),
    ),
    (
        "The Greek coastguard vessel picked up 120 refugees near Lesbos.",
        ("Greece", "supported", "refugees"),
    ),
    (
        "Dozens of refugees were plucked from the sea by a Turkish fishing boat.",
        ("Turkey", "supported", "refugees"),
    ),
    # a vessel that rescued people: the same
    (
        "A Maltese patrol boat rescued 40 refugees on Sunday.",
        ("Malta", "supported", "40 refugees"),
    ),
    ("Italian navy vessels rescued migrants off Libya.", ("Italy", "supported", "migrants")),
    # an attack that helped: its doer helped
    ("Saudi air strikes helped the rebels.", ("Saudi Arabia", "supported", "rebels")),
    (
        "French air strikes had helped the Malian soldiers push back a jihadist offensive.",
        ("France", "supported", "Malian soldiers"),
    ),
    # a country's adjective before a backing participle, no hyphen
    (
        "Turkish supported rebels attacked the Syrian army.",
        ("Turkey", "supported", "Turkish supported rebels"),
    ),
    (
        "Thousands of Russian backed separatists attacked Mariupol.",
        ("Russia", "supported", "Russian backed separatists"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_backing_forms_fires(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A pick-up by a ship, help by an attack and an unhyphened backer support the helped."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_SUPPORT = [
    # no vessel: an arrest, a bus ride
    "Police picked up the suspect at his home.",
    "The bus picked up the refugees at the border.",
    # a ship with no owner or name of its own says nobody's (the ship named last may differ)
    "A German ship joined the search. About 400 migrants reached Sicily. The ship picked up "
    "188 people on Wednesday.",
    # no attack with a doer: weather, or strikes nobody is named for
    "Heavy rain helped the rebels.",
    "The strikes helped the rebels.",
    # an attack that did not help
    "Russian air strikes killed 20 civilians in Idlib.",
    # an adverb is no backer
    "The well supported rebels attacked the army.",
]


@pytest.mark.parametrize("text", NO_SUPPORT)
def test_backing_forms_no_support(extract: Any, text: str) -> None:
    """No vessel, no named attacker or no country before the participle: no support."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "supported"}, found
