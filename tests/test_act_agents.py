"""Agents of an act object hung on the verb (kg/extract/act_agents.py): "condemned the invasion
of Panama by the United States" criticises the United States. Sentences of our own about actors
that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim

# (sentence, (subject, predicate, object), PLOVER type)
AGENTS = [
    (
        "Ecuador condemned the invasion of Panama by the United States.",
        ("Ecuador", "criticized", "United States"),
        "ACCUSE",
    ),
    (
        "Venezuela vetoed the proposal by Colombia.",
        ("Venezuela", "criticized", "Colombia"),
        "REJECT",
    ),
    (
        "Jordan denounced the closure of the mosque by Israel.",
        ("Jordan", "criticized", "Israel"),
        "ACCUSE",
    ),
    (
        "Tunisia rejected the request for extradition by Libya.",
        ("Tunisia", "criticized", "Libya"),
        "REJECT",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "event"), AGENTS)
def test_act_agents_stance_on_an_act_is_on_its_agent(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """Condemning or rejecting an act "by X" (parsed on the verb or the act's object) aims at X."""
    event_claim(extract(sentence), *triple, event)
