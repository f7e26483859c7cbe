"""A meeting only attempted ("tried to meet X", "his bid to meet X") is hypothetical, and
denied when the attempt failed; a meeting held or travelled to keeps its own reading.
Sentences about actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

# (sentence, (subject, predicate, object), the statuses of its claims)
CASES = [
    (
        "Macron's attempt to meet Erdogan failed.",
        ("Emmanuel Macron", "met", "Recep Tayyip Erdogan"),
        {"denied"},
    ),
    (
        "Kerry failed in his bid to meet Rouhani.",
        ("Hassan Rouhani", "met", "John Kerry"),
        {"denied"},
    ),
    (
        "Abbas tried to meet Netanyahu in Paris.",
        ("Benjamin Netanyahu", "met", "Mahmoud Abbas"),
        {"hypothetical"},
    ),
    # should not change: a meeting held, or the aim of a journey made
    (
        "Abbas met Netanyahu in Paris.",
        ("Benjamin Netanyahu", "met", "Mahmoud Abbas"),
        {"occurred"},
    ),
    (
        "Abbas travelled to Paris to meet Netanyahu.",
        ("Benjamin Netanyahu", "met", "Mahmoud Abbas"),
        {"occurred"},
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "expected"), CASES)
def test_attempted_meetings(
    extract: Any, sentence: str, triple: tuple[str, str, str], expected: set[str]
) -> None:
    """An attempted meeting is not reported as held."""
    assert statuses(extract(sentence), triple) == expected
