"""Actors addressed or hit through a word that is not their name (probeB66).

A capital after the preposition by which a verb of appeal addresses someone ("called on
Tehran to", "appealed to Tokyo", "sought help from Washington", "demanded an apology from
Beijing") is its government, as the object of "urged Beijing" is (``metonym_addressed`` in
kg/data/en/cues.json; kg/resolve/entities.py ``_governed``). A state's economy or a branch of
it ("sanctions on Iran's banking sector", "eased curbs on Syria's oil industry") stands for
the state (``economy_nouns``; kg/extract/interactions.py ``_holders``). A capital one travels
from or to stays a place, and a sector no actor owns makes no claim.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a capital addressed through the verb's preposition
    (
        "Australia called on Jakarta to spare the lives of two convicted smugglers.",
        ("Australia", "requested", "Indonesia"),
    ),
    (
        "The Philippines appealed to Tokyo for help after the typhoon.",
        ("Philippines", "requested", "Japan"),
    ),
    (
        "Ukraine sought more weapons from Washington on Tuesday.",
        ("Ukraine", "requested", "United States"),
    ),
    (
        "Kenya called upon Kampala to withdraw its troops from the border.",
        ("Kenya", "requested", "Uganda"),
    ),
    (
        "Vietnam protested to Beijing on Sunday after the collision.",
        ("Vietnam", "criticized", "China"),
    ),
    # ... or through the preposition on the verb's object
    (
        "Seoul demanded an apology from Tokyo over the textbooks.",
        ("South Korea", "requested", "Japan"),
    ),
    (
        "Lebanon requested assistance from Paris after the explosion.",
        ("Lebanon", "requested", "France"),
    ),
    # a state's economy or a branch of it, owned by a possessive or a demonym
    (
        "Canada imposed sanctions on Iran's banking sector on Friday.",
        ("Canada", "sanctioned", "Iran"),
    ),
    (
        "Washington eased restrictions on Myanmar's timber industry on Thursday.",
        ("United States", "conceded_to", "Myanmar"),
    ),
    (
        "Japan lifted sanctions on the Libyan oil industry in 2004.",
        ("Japan", "conceded_to", "Libya"),
    ),
    (
        "Brussels imposed an embargo on Syria's oil exports.",
        ("European Union", "sanctioned", "Syria"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_addressed_or_owned(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The government addressed, or the state whose economy is hit, is the claim's object."""
    assert triple in triples(extract(text, published="2015-05-15"))


QUIET = [
    # a capital one comes from or goes to is a place
    ("Ukraine's foreign minister returned from Washington on Tuesday.", "United States"),
    ("Australia flew its citizens to Jakarta after the quake.", "Indonesia"),
    # a sector with no owner is no actor
    ("Canada imposed sanctions on the banking sector on Friday.", "banking sector"),
    ("Japan lifted curbs on the oil industry in 2004.", "oil industry"),
]


@pytest.mark.parametrize(("text", "absent"), QUIET)
def test_no_owner_no_claim(extract: Any, text: str, absent: str) -> None:
    """A place travelled from or to, or an unowned sector, is the object of no claim."""
    assert not any(o == absent for _, _, o in triples(extract(text, published="2015-05-15")))
