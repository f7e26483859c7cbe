"""Attacks told by constructions the readers missed (atk37). Sentences of our own, about
other actors than the articles the rules were learned from.

1. Sites listed together are each hit ("air strikes hit the presidential palace complex and
   several bases of troops loyal to X"): an unnamed site with a conjunct is a node of its
   own (kg/extract/sites.py), and an attack whose subject is a weapon hits each listed
   thing, a place where the conjunct names no actor (kg/extract/assaults.py).
2. A state's wrong (persecution, repression) undergone "in" a named country with no doer
   written is that country's ("Uighur Muslims who face repression in China": China attacked
   them; ``state_wrongs`` of kg/data/en/cues.json, ``_wronging_state`` in
   kg/extract/interactions.py); an attack or a crackdown "in" a country is not (others there
   may make it).
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
        # a site listed with things an actor owns: both are hit (atk37; once no node)
        "Kenyan jets struck a clinic and two camps of al-Shabab in Gedo.",
        ("Kenyan army", "attacked", "clinic"),
        None,
    ),
    (
        "Kenyan jets struck a clinic and two camps of al-Shabab in Gedo.",
        ("Kenyan army", "attacked", "al-Shabab"),
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


STATE_WRONGS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Uighur Muslims who face repression in China fled to Turkey.",
        ("China", "attacked", "Uighur Muslims"),
        None,
    ),
    (
        "The authorities refused to allow the migrants - most of whom are ethnic Uighur "
        "Muslims facing persecution in China - to enter their waters.",
        ("China", "attacked", "Uighur Muslims"),
        ("Uighur Muslims", "attacked", "China"),
    ),
    (
        "Syrian civilians facing attacks in Syria fled to Turkey.",
        None,
        ("Syria", "attacked", "Syrian civilians"),
    ),
    (
        "Tibetan monks endured a crackdown in China.",
        None,
        ("Tibetan monks", "attacked", "China"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), STATE_WRONGS)
def test_state_wrong_undergone_in_a_country_is_its_own(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Persecution or repression faced "in" a country is that state's; an attack is not."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
