"""A town after a person's age (prec61; kg/extract/roles.py ``aged_residence``, read by
kg/extract/employment.py and ``_affiliated_at``): "X, 30, of Wiscasset" says where X lives,
as news writes it, so the bare one-word name the data does not know is no body X belongs to;
"X of NASA", and a body after the age with its article or of more words, still are."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Dominique Beuff of the International Committee of the Red Cross said the camps were full.",
        ("Dominique Beuff", "member_of", "International Committee of the Red Cross"),
    ),
    (
        "Peter Maurer, 58, of the International Committee of the Red Cross, visited Sanaa.",
        ("Peter Maurer", "member_of", "International Committee of the Red Cross"),
    ),
    (
        "Jane Smith, 40, of Amnesty International, said the trial was unfair.",
        ("Jane Smith", "member_of", "Amnesty International"),
    ),
    ("Ali Nasser, 61, of Hezbollah, was killed.", ("Ali Nasser", "member_of", "Hezbollah")),
]

REMOVED = [
    (
        "Daniel Harris, 30, of Wiscasset, was arrested on Monday.",
        ("Daniel Harris", "member_of", "Wiscasset"),
    ),
    (
        "John Keller, 52, of Bangor, said the road was closed.",
        ("John Keller", "member_of", "Bangor"),
    ),
    (
        "Maria Lopez, 41, of Hialeah, was among the injured.",
        ("Maria Lopez", "member_of", "Hialeah"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_roles_aged_residence(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """A bare town after a person's age is where the person lives, no body of theirs."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
