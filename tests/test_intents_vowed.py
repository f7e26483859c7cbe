"""Intents announced with "vowed to" (``offer_verbs`` of ``intents`` in kg/data/en/cues.json,
kg/extract/intents.py): a cooperative act vowed is an intent to do it (CAMEO 03, PLOVER AGREE),
an act of force vowed stays the threats module's. Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim, triples

# (sentence, (subject, predicate, object), PLOVER type)
VOWED = [
    ("Bolivia vowed to help Paraguay.", ("Bolivia", "supported", "Paraguay"), "AGREE"),
    ("Egypt vowed to support Sudan's bid.", ("Egypt", "supported", "Sudan"), "AGREE"),
    (
        "Norway vowed to hand over the suspects to Sweden.",
        ("Norway", "conceded_to", "Sweden"),
        "AGREE",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "event"), VOWED)
def test_intents_vowed_cooperation_is_an_intent(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """ "X vowed to help/support/hand over to Y" is X's intent toward Y (PLOVER AGREE)."""
    event_claim(extract(sentence), *triple, event)


def test_intents_vowed_force_is_no_agreement(extract: Any) -> None:
    """ "vowed to retaliate against X" is no intent to cooperate with X."""
    graph = extract("Israel vowed to retaliate against Hamas.")
    agreeing = [
        r
        for r in graph.claims
        if r.qualifiers.event is not None and r.qualifiers.event.value == "AGREE"
    ]
    assert not agreeing, triples(graph)
