"""A participle on a copula's complement is done by the copula's subject ("X and Y are the
forces fighting Z"), not by some army the bare noun "forces" may be read as
(kg/extract/interactions.py ``_copula_subjects``). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

CASES = [
    (
        "Boko Haram and Ansaru are the two main forces attacking Nigerian troops in Borno.",
        ("Boko Haram", "attacked", "Nigerian troops"),
        None,
    ),
    (
        "The Houthis and al-Qaeda are the strongest forces fighting Yemeni government forces in "
        "the south.",
        ("Houthis", "attacked", "Yemeni government forces"),
        ("Yemeni government forces", "attacked", "Yemeni government forces"),
    ),
    (
        "The Houthis and al-Qaeda are the strongest forces fighting Yemeni government forces in "
        "the south.",
        ("al-Qaeda", "attacked", "Yemeni government forces"),
        None,
    ),
    # a subject that names no actor leaves the participle to its own noun
    (
        "The biggest worry for Kenya is the militias attacking Kenyan police in Lamu.",
        ("militias", "attacked", "Kenyan police"),
        ("Kenya", "attacked", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_copulas_subject_acts(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """The copula's subject does what the participle on its complement says."""
    check_kept_removed(extract(text), kept, removed)
