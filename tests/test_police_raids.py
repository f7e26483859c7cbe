"""A raid by the police is a sanction (CAMEO 173), not an attack (kg/extract/interactions.py,
``_police_raid``); a raid by an army, security forces or an armed group stays an attack.
Sentences are about other actors than the held-out articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

Triple = tuple[str, str, str]

RAIDED: list[tuple[str, Triple]] = [
    (
        "Turkish police raided the offices of Zaman on Monday.",
        ("Turkish police", "sanctioned", "Zaman"),
    ),
    (
        "The home of Leopoldo Lopez was raided by Venezuelan police.",
        ("Venezuelan police", "sanctioned", "Leopoldo Lopez"),
    ),
    (
        "Kenyan police conducted a raid on the offices of the Muslim Human Rights Forum.",
        ("Kenyan police", "sanctioned", "Muslim Human Rights Forum"),
    ),
]

NOT_RAIDED: list[tuple[str, Triple]] = [
    # the police's raid is no attack
    (
        "Turkish police raided the offices of Zaman on Monday.",
        ("Turkish police", "attacked", "Zaman"),
    ),
    # an army's or an armed group's raid is an attack, not a sanction
    (
        "Israeli forces raided the home of Marwan Barghouti.",
        ("Israeli forces", "sanctioned", "Marwan Barghouti"),
    ),
    (
        "Al-Shabab fighters raided the Kenyan army base at El Adde.",
        ("al-Shabab", "sanctioned", "Kenyan army"),
    ),
    (
        "The Nigerian army raided a Boko Haram camp in Sambisa forest.",
        ("Nigerian army", "sanctioned", "Boko Haram"),
    ),
    # a raid on a site is no sanction of it
    (
        "Nigerian police raided a mosque in Kano on Sunday.",
        ("Nigerian police", "sanctioned", "mosque"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), kept_removed_cases(RAIDED, NOT_RAIDED))
def test_police_raids(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """The police's raid on someone sanctions them; another force's raid does not."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)
