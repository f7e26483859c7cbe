"""Visits told by a crossing or by the means of travel (issue 12, visit2).

1. "crossed into Uganda": crossing into a named place is going there (seed line
   ``V cross @into`` in tools/lexicon/seeds/consult.txt); crossing a line, a room or a red
   line is no visit.
2. "landed on boats in Malaysia", "arrived on a military plane in Caracas": the parser hangs
   the place on the vehicle (kg/data/en/places.json ``vehicle_nouns``); the travel verb still
   goes there (kg/lexicon.py ``_has_prep``, kg/extract/interactions.py ``_prep_objects``). A
   place hung on a noun that is no vehicle is not taken.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan opposition leader Raila Odinga crossed into Uganda on Monday.",
            ("Raila Odinga", "Uganda"),
        ),
        (
            "Armed Colombian rebels crossed into Venezuela on Tuesday, the army said.",
            ("Colombian rebels", "Venezuela"),
        ),
        (
            "The Mexican foreign minister Luis Videgaray arrived on a military plane in "
            "Caracas on Monday.",
            ("Luis Videgaray", "Caracas"),
        ),
        (
            "Chilean President Michelle Bachelet landed by helicopter in Lima on Friday.",
            ("Michelle Bachelet", "Lima"),
        ),
    ],
)
def test_visit2_visit_found(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A crossing into a place, or an arrival told with its vehicle, is a visit."""
    assert expected in pairs(extract(text, published="2015-05-20"), "visited")


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian minister Mauro Vieira crossed a red line in Angola, the opposition said.",
        "The Peruvian president Ollanta Humala crossed the room to greet Angela Merkel.",
        "The Peruvian president Ollanta Humala landed a deal with Chile on Monday.",
        "The Ghanaian president John Mahama landed on the front pages in Nigeria on Monday.",
        "The Turkish leader Recep Tayyip Erdogan returned to power in Ankara in 2014.",
        "The Indian minister Sushma Swaraj arrived at a decision on Nepal on Monday.",
    ],
)
def test_visit2_no_visit(extract: Any, text: str) -> None:
    """A red line, a room, a deal, the front pages, power or a decision are no places gone to."""
    visited = pairs(extract(text, published="2015-05-20"), "visited")
    assert not visited, visited
