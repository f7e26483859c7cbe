"""A passive told as one more act of a kind ("were also detained", "Another activist was
arrested") takes its doer from the nearest of the three sentences before that tells such an
act (kg/extract/passive_coref.py). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

# two sentences of other matter between the act and its repetition
_GAP = "The clerics had preached at a mosque near the port. The mosque has been shut since March. "

KEPT = [
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. "
        + _GAP
        + "Several Al-Shabab supporters were also detained.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. "
        + _GAP
        + "Another Al-Shabab supporter was detained on Tuesday.",
        ("Kenyan police", "sanctioned", "al-Shabab"),
    ),
    (
        "Boko Haram fighters attacked the town of Baga on Monday. "
        + _GAP
        + "Two Chadian soldiers were also killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    # the nearest sentence with such an act is the one repeated
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. Tanzanian police "
        "arrested a Kenyan man in Arusha. The mosque has been shut since March. Several "
        "Al-Shabab supporters were also detained.",
        ("Tanzanian police", "sanctioned", "Al-Shabab supporters"),
    ),
    # the sentence just before, as ever, with no mark
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. Several Al-Shabab "
        "supporters were detained.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
]

REMOVED = [
    # no mark of repetition: only the sentence just before counts
    (
        "Boko Haram fighters attacked the town of Baga on Monday. "
        + _GAP
        + "Two Chadian soldiers were killed.",
        ("Boko Haram", "attacked", "Chadian soldiers"),
    ),
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. "
        + _GAP
        + "Several Al-Shabab supporters were detained.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
    # the act is four sentences back: too far
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. "
        + _GAP
        + "Prayers resumed on Friday. Several Al-Shabab supporters were also detained.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
    # two doers in the nearest such sentence: no guess
    (
        "Kenyan police and Tanzanian police arrested two Somali clerics on Monday. "
        + _GAP
        + "Several Al-Shabab supporters were also detained.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
    # an act of another kind before: no doer carried
    (
        "Ugandan troops attacked Al-Shabab positions near Baidoa on Monday. "
        + _GAP
        + "Several Al-Shabab supporters were also detained.",
        ("Ugandan troops", "sanctioned", "Al-Shabab supporters"),
    ),
    # the passive names its doer
    (
        "Kenyan police arrested two Somali clerics in Mombasa on Monday. "
        + _GAP
        + "Several Al-Shabab supporters were also detained by Somali troops.",
        ("Kenyan police", "sanctioned", "Al-Shabab supporters"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_repeated_passive_takes_the_doer_of_the_act_it_repeats(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "also" / "another" / "other" let the doer come from up to three sentences back."""
    check_kept_removed(extract(text), kept, removed)
