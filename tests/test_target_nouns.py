"""Someone the copula calls the target of a hostile act is the one its doer acted on
(kg/extract/target_nouns.py): "became a regular target of police raids", "was the target of
attacks by X"; a target with no doer written, or no act noun, makes none. Sentences are about
other actors than the held-out articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

Triple = tuple[str, str, str]

TARGETED: list[tuple[str, Triple]] = [
    (
        "Greenpeace became a regular target of police raids.",
        ("police", "sanctioned", "Greenpeace"),
    ),
    (
        "Zaman has been the target of Turkish police raids since 2014.",
        ("police", "sanctioned", "Zaman"),
    ),
    (
        "Charlie Hebdo was the target of attacks by al-Qaeda.",
        ("al-Qaeda", "attacked", "Charlie Hebdo"),
    ),
    (
        "The Danish embassy has been the target of protests by students.",
        ("students", "criticized", "Danish embassy"),
    ),
]

NOT_TARGETED: list[tuple[str, Triple]] = [
    # the country of an adjective is not the body that raids
    (
        "Zaman has been the target of Turkish police raids since 2014.",
        ("Turkey", "attacked", "Zaman"),
    ),
    # no doer written
    (
        "Charlie Hebdo was the target of the attack.",
        ("Charlie Hebdo", "attacked", "Charlie Hebdo"),
    ),
    # no act noun: a target of someone is no act
    (
        "Charlie Hebdo was the target of al-Qaeda.",
        ("al-Qaeda", "attacked", "Charlie Hebdo"),
    ),
    # a target the subject sets, not one it is
    (
        "Al-Qaeda set Charlie Hebdo as its target after attacks by France.",
        ("France", "attacked", "Charlie Hebdo"),
    ),
    # the target of a wish, no act
    (
        "Charlie Hebdo was the target of praise by Barack Obama.",
        ("Barack Obama", "criticized", "Charlie Hebdo"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "kept", "removed"), kept_removed_cases(TARGETED, NOT_TARGETED)
)
def test_target_nouns(extract: Any, sentence: str, kept: Any, removed: Any) -> None:
    """The doer of a hostile act did it to the one the copula calls its target; no doer or
    no act noun makes no claim."""
    check_kept_removed(extract(sentence, published="2015-05-15"), kept, removed)
