"""An act in the "to" clause of a noun of readiness ("expressed willingness to negotiate with
X", "Y's readiness to meet X") is done by whoever expresses it or owns the noun, and is planned
(``endeavour_nouns`` and ``planned_words`` of kg/data/en/cues.json). Sentences of our own about
actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim

# (sentence, claim made)
READY_ACTS = [
    (
        "Armenia expressed willingness to negotiate with Azerbaijan.",
        ("Armenia", "negotiated_with", "Azerbaijan"),
    ),
    (
        "Armenia expressed willingness to meet Azerbaijan.",
        ("Armenia", "met", "Azerbaijan"),
    ),
    (
        "Armenia's willingness to negotiate with Azerbaijan was welcomed.",
        ("Armenia", "negotiated_with", "Azerbaijan"),
    ),
    (
        "Bolivia voiced its readiness to negotiate with Chile.",
        ("Bolivia", "negotiated_with", "Chile"),
    ),
]


@pytest.mark.parametrize(("sentence", "claim"), READY_ACTS)
def test_intents_readiness_noun(extract: Any, sentence: str, claim: tuple[str, str, str]) -> None:
    """ "expressed willingness to negotiate with X": an intent to cooperate, planned."""
    made = event_claim(extract(sentence), *claim, "AGREE")
    assert made.qualifiers.status.value == "planned"
