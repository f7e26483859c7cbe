""" "X overran their positions": the owner of what an attack strikes is not the attacker
(kg/extract/actor_coref.py ``_attackers``). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs

CASES = [
    (
        "Kurdish fighters retreated from Kobane as Islamic State fighters overran their positions.",
        ("their", "Kurdish fighters"),
        ("their", "Islamic State"),
    ),
    (
        "Iraqi soldiers fled Tikrit on Sunday as Islamic State fighters succeeded in "
        "storming their last base.",
        ("their", "Iraqi soldiers"),
        ("their", "Islamic State"),
    ),
    # not an attack: "their" is the subject's own
    (
        "The Houthis said they had withdrawn their fighters from Aden.",
        ("their", "Houthis"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_actor_coref_attack_object_owner_is_not_the_attacker(
    extract: Any, text: str, present: tuple[str, str], absent: tuple[str, str] | None
) -> None:
    """ "their" on an attack's object stands for the other side."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert present in pairs
    if absent is not None:
        assert absent not in pairs
