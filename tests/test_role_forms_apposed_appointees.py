""" "The group named its military chief, X, as its new leader": the person set beside the
appointed title noun takes the title named after "as" (kg/extract/role_forms.py
``accessions``, ``_apposed_names``). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

KEPT = [
    (
        "A spokesman said al-Shabab had named its military chief, Ahmed Umar, as its new leader.",
        ("Ahmed Umar", "leader_of", "al-Shabab"),
    ),
    (
        "Boko Haram lost its commander on Monday. Boko Haram has named its deputy commander, "
        "Mamman Nur, as its new leader.",
        ("Mamman Nur", "leader_of", "Boko Haram"),
    ),
    # the plain object still takes the title ("assign" is an appointing verb)
    (
        "Al-Shabab has assigned Ahmed Umar as its new leader.",
        ("Ahmed Umar", "leader_of", "al-Shabab"),
    ),
]

REMOVED = [
    # no title after the verb: the apposed name takes none
    (
        "A spokesman said al-Shabab had named its military chief, Ahmed Umar, in a statement.",
        ("Ahmed Umar", "leader_of", "al-Shabab"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_apposed_appointee_takes_the_title(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The name beside the appointed title noun is the appointee."""
    check_kept_removed(extract(text), kept, removed)
