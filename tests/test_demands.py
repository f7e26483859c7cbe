"""Demands whose target is a clause's subject: "demanded that Y", "ordered Y to", "said Y must"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

DEMANDS = [
    (
        "Egypt on Monday demanded that Ethiopia halt the filling of the dam.",
        ("Egypt", "requested", "Ethiopia"),
    ),
    (
        "A Kenyan judge ordered Mike Sonko to appear in court next week.",
        ("Kenyan judiciary", "requested", "Mike Sonko"),
    ),
    (
        "Chile said on Friday that Bolivia must withdraw its claim.",
        ("Chile", "requested", "Bolivia"),
    ),
    (
        "Amnesty International repeated its demand that Qatar protect migrant workers.",
        ("Amnesty International", "requested", "Qatar"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), DEMANDS)
def test_demands_target_is_the_clause_subject(extract: Any, sentence: str, expected: Any) -> None:
    """The subject of the demanded clause is the target of a REQUEST."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)
    found = [r for r in graph.claims if r.predicate.value == "requested"]
    assert {r.qualifiers.event.value for r in found if r.qualifiers.event} == {"REQUEST"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said on Friday that Bolivia should withdraw its claim.",
        "Chile said that Bolivia has agreed to withdraw its claim.",
        "Chile said that Bolivia withdrew its claim.",
        "Chile insisted that Bolivia would withdraw its claim.",
        "Migrants must pay a fee for each child, Ana Ruiz said.",
    ],
)
def test_demands_not_without_must(extract: Any, sentence: str) -> None:
    """Advice, agreement, assertions and rules said to bind a group are not demands."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "requested"], triples(graph)


def test_demands_denied_demand_is_not_occurred(extract: Any) -> None:
    """A demand that was not made keeps its negation."""
    graph = extract("Egypt did not demand that Ethiopia halt the filling of the dam.")
    found = [r for r in graph.claims if r.predicate.value == "requested"]
    assert found, triples(graph)
    assert {r.qualifiers.status.value for r in found} == {"denied"}
