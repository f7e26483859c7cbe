"""Custody told with "hold" or "keep" and a place of custody after "in" is a detention by the
holder (kg/extract/custody_holds.py); the same verbs with no such place ("held talks in
Moscow", "held her in high regard", "kept Chelsea in the race") or hostages held in captivity
make none. Sentences are about other actors than the held-out articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

Triple = tuple[str, str, str]

HELD: list[tuple[str, Triple]] = [
    (
        "Iran is holding Jason Rezaian in Evin prison.",
        ("Iran", "sanctioned", "Jason Rezaian"),
    ),
    (
        "Venezuela has held Leopoldo Lopez in a military jail since February.",
        ("Venezuela", "sanctioned", "Leopoldo Lopez"),
    ),
    (
        "The Colombian army kept Jesus Santrich in custody in Bogota.",
        ("Colombian army", "sanctioned", "Jesus Santrich"),
    ),
    (
        "Ilham Aliyev has been held in custody by Russian police since Monday.",
        ("Russian police", "sanctioned", "Ilham Aliyev"),
    ),
]

# with no holder named, the state the article is about (kg/extract/custody_passives.py)
HELD_PASSIVE: list[tuple[str, Triple]] = [
    (
        "Venezuelan opposition leader Leopoldo Lopez has been held in a military prison since "
        "February 2014. Venezuela says he incited violence.",
        ("Venezuela", "sanctioned", "Leopoldo Lopez"),
    ),
]

NOT_HELD: list[tuple[str, Triple]] = [
    # no place of custody: a meeting, an opinion, a sports table
    (
        "Angela Merkel held talks with Vladimir Putin in Moscow.",
        ("Angela Merkel", "sanctioned", "Vladimir Putin"),
    ),
    (
        "Barack Obama holds Angela Merkel in high regard.",
        ("Barack Obama", "sanctioned", "Angela Merkel"),
    ),
    (
        "Arsenal kept Chelsea in the title race on Sunday.",
        ("Arsenal", "sanctioned", "Chelsea"),
    ),
    # hostages held by an armed group are an abduction, not a detention
    (
        "Boko Haram is holding the Chibok schoolgirls in captivity.",
        ("Boko Haram", "sanctioned", "Chibok schoolgirls"),
    ),
    # an armed group's captives are no state detention, even in a cell or a prison (mend54b)
    (
        "Hezbollah has held the two Israeli soldiers in a cell since 2006.",
        ("Hezbollah", "sanctioned", "Israeli soldiers"),
    ),
    (
        "Islamic State militants held James Foley in a prison in Raqqa.",
        ("Islamic State", "sanctioned", "James Foley"),
    ),
    (
        "Al-Shabab holds the Kenyan soldiers in detention in Somalia.",
        ("al-Shabab", "sanctioned", "Kenyan soldiers"),
    ),
    (
        "The Houthis are keeping Abdulqader Hilal in a cell in Sanaa.",
        ("Houthis", "sanctioned", "Abdulqader Hilal"),
    ),
    # a prison an armed group runs is no state's
    (
        "Kenji Goto was held in an ISIL prison in Raqqa, Syria.",
        ("Syria", "sanctioned", "Kenji Goto"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "kept", "removed"), kept_removed_cases(HELD + HELD_PASSIVE, NOT_HELD)
)
def test_custody_holds(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """The holder of someone held in a prison, a jail, a cell or custody sanctioned them;
    "hold" with no place of custody makes no sanction."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)
