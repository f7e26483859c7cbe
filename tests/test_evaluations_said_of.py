"""Verdicts in a quote spoken of an act (kg/extract/evaluations.py ``_spoken_of``) and stance
idioms of the trigger seeds (tools/lexicon/seeds/stance_idioms.txt). Sentences of our own,
with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the act spoken of: an act noun of the evaluations table, after "said X of" too
    (
        '"This decision is a mistake," Angela Merkel said of the Greek referendum.',
        ("Angela Merkel", "criticized", "Greece"),
    ),
    (
        '"This decision is a mistake," said Angela Merkel of the Greek referendum.',
        ("Angela Merkel", "criticized", "Greece"),
    ),
    (
        '"It is a positive step," said Jens Stoltenberg of the Swedish bid.',
        ("Jens Stoltenberg", "supported", "Sweden"),
    ),
    # "come out against"
    (
        "The Kenyan opposition came out against Uhuru Kenyatta.",
        ("Kenyan opposition", "criticized", "Uhuru Kenyatta"),
    ),
    ("Japan has come out against China's plan.", ("Japan", "criticized", "China")),
]

REMOVED = [
    # no verdict, or a hedged one
    (
        '"We will study this decision," Angela Merkel said of the Greek referendum.',
        ("Angela Merkel", "criticized", "Greece"),
    ),
    (
        '"This decision would be a mistake," Angela Merkel said of the Greek referendum.',
        ("Angela Merkel", "criticized", "Greece"),
    ),
    # a title's "of" is no act spoken of
    (
        '"This decision is a mistake," said Jens Stoltenberg of NATO.',
        ("Jens Stoltenberg", "criticized", "NATO"),
    ),
    # "came out" with no stance
    (
        "Japan came out of the talks against expectations.",
        ("Japan", "criticized", "China"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_evaluations_spoken_of_and_idioms(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A quoted verdict "said of" an act judges its doer; "came out against" criticises."""
    check_kept_removed(extract(text), kept, removed)
