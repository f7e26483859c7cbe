"""Attacks told by constructions the readers missed (atk37). Sentences of our own, about
other actors than the articles the rules were learned from.

1. Sites listed together are each hit ("air strikes hit the presidential palace complex and
   several bases of troops loyal to X"): an unnamed site with a conjunct is a node of its
   own (kg/extract/sites.py), and an attack whose subject is a weapon hits each listed
   thing, a place where the conjunct names no actor (kg/extract/assaults.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

LISTED_SITES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "The latest Saudi-led air strikes hit the presidential palace complex and several "
        "bases of troops loyal to Gaddafi in Tripoli, a news agency said.",
        ("Saudi Arabia", "attacked", "presidential palace complex"),
        None,
    ),
    (
        "Saudi-led air strikes hit the presidential palace complex and an army base in Tripoli.",
        ("Saudi Arabia", "attacked", "army base"),
        None,
    ),
    (
        "Russian jets bombed an arms depot and a market in Idlib.",
        ("Russian army", "attacked", "arms depot"),
        None,
    ),
    (
        "Al-Shabab fighters stormed a restaurant and a hotel in Mogadishu.",
        ("al-Shabab", "attacked", "restaurant"),
        None,
    ),
    (
        "Israeli air strikes hit Gaza.",
        ("Israel", "attacked", "Gaza"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), LISTED_SITES)
def test_each_listed_site_is_hit(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An attack on a list of sites hits each site, not only the actors listed with them."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
