"""Possessive pronouns whose owner is an actor just named (pron36). Sentences of our own,
about other actors than the articles the rules were learned from.

1. "Hamas is weakened, and frustrations are growing over the absence of its leader X": an
   unnamed plural common noun subject ("frustrations", "tensions", "doubts") cannot be what
   a singular "its" stands for, so it no longer hides the named organisation or group above
   or before it (``_other_number`` of kg/extract/actor_coref.py); a plural antecedent ("the
   rebels ... its leader") is still no "its", and a singular unnamed subject ("anger is
   growing over its leader") still blocks.
2. "The Taliban are divided ... its leader X", "Boko Haram are ... its spokesman": the proper
   name of a movement the gazetteer knows, given a plural verb as British usage does, is still
   taken up by "its" (``_movement_name`` of kg/extract/actor_coref.py); a people's plural
   ("the Houthis") and an unnamed plural ("the rebels") are not.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

PAST_PLURAL: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Al-Shabab is divided, and tensions are rising in the ranks over the absence of its"
        " elusive leader Ahmed Diriye.",
        ("Ahmed Diriye", "leader_of", "al-Shabab"),
        None,
    ),
    (
        "The ANC is worried, as doubts are growing over its leader Cyril Ramaphosa.",
        ("Cyril Ramaphosa", "leader_of", "ANC"),
        None,
    ),
    (
        "Hamas is weakened, and frustrations are growing over the absence of its exiled"
        " leader Khaled Meshaal.",
        ("Khaled Meshaal", "leader_of", "Hamas"),
        None,
    ),
    (
        "The rebels met in Goma, and frustrations are growing over its leader Sultani Makenga.",
        None,
        ("Sultani Makenga", "leader_of", "rebels"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), PAST_PLURAL)
def test_actor_coref_its_skips_unnamed_plural_subject(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A singular "its" under an unnamed plural subject stands for the body named before."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


MOVEMENTS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "The Taliban are split, and frustrations are growing over the absence of its leader"
        " Mullah Mansour.",
        ("Mullah Mansour", "leader_of", "Taliban"),
        None,
    ),
    (
        "Boko Haram are divided - tensions are rising over its leader Abubakar Shekau.",
        ("Abubakar Shekau", "leader_of", "Boko Haram"),
        None,
    ),
    (
        "The Taliban have rejected the talks, its spokesman Zabihullah Mujahid said.",
        ("Zabihullah Mujahid", "spokesperson_for", "Taliban"),
        None,
    ),
    (
        "The rebels are divided - tensions are rising over its leader Sultani Makenga.",
        None,
        ("Sultani Makenga", "leader_of", "rebels"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), MOVEMENTS)
def test_actor_coref_its_stands_for_movement_said_plural(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A known movement's name with a plural verb is still what a later "its" stands for."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
