"""Light verbs that begin an attack ("began air strikes", "resumed raids") make an event of
the attack noun (kg/data/en/triggers.jsonl, seeds in tools/lexicon/seeds), with the real
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the target after "against" hangs on the light verb, past a place phrase
    (
        "The Saudi-led coalition began air strikes in Yemen against the Houthis.",
        ("Saudi-led coalition", "attacked", "Houthis"),
    ),
    ("Egypt resumed air strikes in Libya against ISIL.", ("Egypt", "attacked", "Islamic State")),
    ("Israel started airstrikes in Gaza against Hamas.", ("Israel", "attacked", "Hamas")),
    (
        "Boko Haram began raids in Borno against Nigerian soldiers.",
        ("Boko Haram", "attacked", "Nigerian soldiers"),
    ),
    (
        "Al-Shabab resumed attacks in Kenya against Kenyan police.",
        ("al-Shabab", "attacked", "Kenyan police"),
    ),
    # a walkout begun is still a protest
    (
        "Teachers began a strike in Nairobi against the Kenyan government.",
        ("Teachers", "criticized", "Kenyan government"),
    ),
]
REMOVED = [
    # negative: a walkout begun is no attack
    (
        "Teachers began a strike in Nairobi against the Kenyan government.",
        ("Teachers", "attacked", "Kenyan government"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_lexicon_begun_attack_is_an_attack(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """Began, started or resumed strikes, air strikes, raids and attacks are attacks on their
    "against" target; a begun walkout stays a protest."""
    check_kept_removed(extract(text), kept, removed)
