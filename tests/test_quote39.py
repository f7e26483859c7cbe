"""Criticism said in reported speech and quotes by other constructions (quote39). Sentences of
our own, about other actors than the articles the rules were learned from.

1. A negative verdict in -ing ("concerning", "worrying") that the parser made the clause's
   head, the copula its auxiliary, is the predicate adjective of the clause: "Japan said
   China's missile test was concerning" criticises the test's owner, as "was alarming" does
   (kg/extract/evaluations.py ``_verdict_participle``); not "would be worrying" (no verdict
   given), nor a progressive with an object ("was worrying its neighbours").
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

CRITICISED: list[tuple[str, tuple[str, str]]] = [
    ("Japan has said that China's missile test was concerning.", ("Japan", "China")),
    (
        "Japan said China's recent test-firing of a ballistic missile was"
        ' "very serious and concerning".',
        ("Japan", "China"),
    ),
    ('"China\'s missile test is deeply worrying," said Fumio Kishida.', ("Fumio Kishida", "China")),
]


@pytest.mark.parametrize(("text", "expected"), CRITICISED)
def test_quote39_criticism_in_speech(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A verdict in -ing, or a fault adjective on an actor's noun, said by a speaker."""
    found = {(s.removeprefix("Activist "), o) for s, o in pairs(extract(text), "criticized")}
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        # no verdict given, or a progressive verb with an object
        "Japan said China's missile test would be worrying.",
        "Japan said China's missile test was worrying its neighbours.",
    ],
)
def test_quote39_no_criticism(extract: Any, text: str) -> None:
    """No verdict said, or no speaker who says it: no criticism."""
    assert not pairs(extract(text), "criticized")
