"""An agentless passive attack or arrest is the act of the one doer of an act of that kind
in the sentence before (kg/extract/passive_coref.py). Sentences of our own, with the real
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    (
        "Egyptian security forces arrested dozens of students in Cairo on Friday. Several "
        "Muslim Brotherhood supporters were also detained.",
        ("Egyptian security forces", "sanctioned", "Muslim Brotherhood supporters"),
    ),
]

REMOVED = [
    # an act of another kind before: no doer carried ("the invasion ... was arrested")
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "arrested.",
        ("Boko Haram", "sanctioned", "Chadian soldiers"),
    ),
    # the passive names its doer
    (
        "Boko Haram fighters attacked the town of Baga on Monday. Two Chadian soldiers were "
        "killed by a landmine laid by the Islamic State.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    # two doers before: no guess
    (
        "Boko Haram fighters and Nigerian troops attacked each other near Baga on Monday. "
        "Two Chadian soldiers were killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_passive_coref_doer_from_the_sentence_before(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The passive's doer is the one doer of such an act just before."""
    check_kept_removed(extract(text), kept, removed)
