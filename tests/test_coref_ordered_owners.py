"""A possessive pronoun on an act done to its owner that the clause's subject orders ("Judge
X ordered his detention") is someone else's (kg/extract/coref.py ``_ordered_for_other``),
with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Ahmed Maher is an activist. Judge Ali Hassan ordered his detention.",
        ("Ali Hassan", "sanctioned", "Ahmed Maher"),
    ),
    (
        "Alaa Abdel Fattah is a blogger. Prosecutor Hisham Barakat ordered his detention on "
        "Monday.",
        ("Hisham Barakat", "sanctioned", "Alaa Abdel Fattah"),
    ),
    (
        "Yara Sallam is a human rights lawyer. Prosecutor Nabil Sadek extended her detention "
        "by 15 days.",
        ("Nabil Sadek", "sanctioned", "Yara Sallam"),
    ),
    # "her" on another's act shows nothing of the subject's gender: "he" is still the subject
    (
        "Yara Sallam is a lawyer. President Obama praised her decision. He later criticized Egypt.",
        ("Barack Obama", "criticized", "Egypt"),
    ),
    (
        "Yara Sallam is a human rights lawyer. Prosecutor Nabil Sadek extended her detention "
        "by 15 days. He later criticized Egypt.",
        ("Nabil Sadek", "criticized", "Egypt"),
    ),
    (
        "Ahmed Maher is an activist. Judge Ali Hassan ordered his release.",
        ("Ali Hassan", "conceded_to", "Ahmed Maher"),
    ),
]
REMOVED = [
    # negative: "his own" is the subject's
    (
        "Ahmed Maher is an activist. Judge Ali Hassan ordered his own arrest.",
        ("Ali Hassan", "sanctioned", "Ahmed Maher"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_coref_ordered_detention_is_another_persons(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "X ordered his detention" detains the latest other person, not X, and shows nothing
    of X's gender."""
    check_kept_removed(extract(text), kept, removed)
