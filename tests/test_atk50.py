"""`attacked` misses, fourth pass (atk50).

A side that fights, advancing in, across or through a named place, attacked it: "the
advance of ISIL in Iraq", "the group's advances in Iraq", "ISIL is continuing to advance
across Anbar province"; so did an armed group making gains there ("ISIL has made gains in
Syria") (kg/extract/advances.py; ``advances`` of kg/data/en/cues.json). A party's or a
team's advance, and an opposition's gains, name no attack. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A year after the rapid advance of Boko Haram in Nigeria, the army has regrouped.",
            ("Boko Haram", "attacked", "Nigeria"),
        ),
        (
            "Al-Shabab's advance in Somalia alarmed Kenyan officials.",
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            "Al-Shabab fighters advanced through southern Somalia last year.",
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            "The Houthis are continuing to advance across Yemen's Taiz province.",
            ("Houthis", "attacked", "Taiz"),
        ),
        (
            "Boko Haram made rapid gains in northeastern Nigeria last year.",
            ("Boko Haram", "attacked", "Nigeria"),
        ),
        (
            "Al-Shabab has continued to make gains in Somalia despite African Union strikes.",
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            "Russia's military advance in Ukraine alarmed NATO.",
            ("Russia", "attacked", "Ukraine"),
        ),
    ],
)
def test_advances_fighter_advancing_through_a_place_attacks_it(
    extract: Any, text: str, expected: Triple
) -> None:
    """A fighting side's advance in, across or through a named place attacks the place."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            "The Scottish National Party's advance in Scotland stunned Labour.",
            ("Scottish National Party", "attacked", "Scotland"),
        ),
        (
            "Kenya advanced in the qualifiers in Nairobi on Sunday.",
            ("Kenya", "attacked", "Nairobi"),
        ),
        (
            "Scientists from Germany made an advance in Berlin on cancer research.",
            ("Germany", "attacked", "Berlin"),
        ),
        (
            "China's economic advance in Kenya worried Washington.",
            ("China", "attacked", "Kenya"),
        ),
        (
            "Turkey's diplomatic advances in Iraq pleased its allies.",
            ("Turkey", "attacked", "Iraq"),
        ),
        (
            "The Malaysian opposition made unprecedented gains in Malaysia in 2013.",
            ("Malaysian opposition", "attacked", "Malaysia"),
        ),
        (
            "The Scottish National Party gained in Scotland in the polls.",
            ("Scottish National Party", "attacked", "Scotland"),
        ),
        # a country's advance is an attack only with a military word in front
        (
            "India's advance in Africa has worried Beijing.",
            ("India", "attacked", "Africa"),
        ),
        (
            "Senegal's advance in Argentina ended in the group stage.",
            ("Senegal", "attacked", "Argentina"),
        ),
        (
            "Egypt's opposition advanced in Cairo in the elections.",
            ("Egypt's opposition", "attacked", "Cairo"),
        ),
        # a state's forces in their own country's land attack none of it
        (
            "Kenyan troops have made gains in Garissa this week.",
            ("Kenyan troops", "attacked", "Garissa"),
        ),
        (
            "Syrian forces advanced through Homs last week.",
            ("Syrian forces", "attacked", "Homs"),
        ),
    ],
)
def test_advances_no_fighter_no_attack(extract: Any, text: str, forbidden: Triple) -> None:
    """A party's, a team's or a scientist's advance somewhere attacks nothing; a gain is an
    attack only in armed hands."""
    assert forbidden not in triples(extract(text, published="2015-06-10"))
