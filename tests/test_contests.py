"""Contests fought without arms (kg/extract/contests.py, force57): a battle or war of
courts, trade or politics is no attack; an armed battle or war stays one. Sentences of
our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Iraqi forces are in a fierce battle with ISIL in Ramadi.",
        ("Iraqi forces", "attacked", "Islamic State"),
    ),
    ("Kenya is at war with al-Shabab.", ("Kenya", "attacked", "al-Shabab")),
    (
        "Nigerian troops fought a bloody battle with Boko Haram near Maiduguri.",
        ("Nigerian troops", "attacked", "Boko Haram"),
    ),
]
REMOVED = [
    (
        "Omar Farah is locked in a custody battle with Amina Yusuf.",
        ("Omar Farah", "attacked", "Amina Yusuf"),
    ),
    ("China is in a trade war with Japan.", ("China", "attacked", "Japan")),
    (
        "Barack Obama is in a political battle with Congress.",
        ("Barack Obama", "attacked", "Congress"),
    ),
    ("Microsoft won a legal battle with Samsung.", ("Microsoft", "attacked", "Samsung")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_contests_unarmed(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A custody, legal, trade or political battle is no attack; a fierce one is."""
    check_kept_removed(extract(text), kept, removed)
