"""An act a stance verb governs as its own gerund ("opposed bombing the camps", "rejected
sending troops to fight X") is refused, not done, and its target is no target of the stance;
an act in a clause merely attached to the verb keeps its own status. Sentences are about
other actors than any benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, (subject, predicate, object), status)
STATUSES: list[tuple[str, tuple[str, str, str], str]] = [
    (
        "Jacob Zuma opposed bombing the rebels' camps in Libya.",
        ("Jacob Zuma", "attacked", "rebels"),
        "denied",
    ),
    (
        "The Chinese government opposed sanctioning North Korea at the United Nations.",
        ("Chinese government", "sanctioned", "North Korea"),
        "denied",
    ),
    (
        "Japan opposed meeting the North Korean leader without conditions.",
        ("Japan", "met", "North Korea"),
        "denied",
    ),
    (
        "Brazil rejected sending troops to fight the rebels in Haiti.",
        ("Brazil", "attacked", "rebels"),
        "denied",
    ),
    # refusing to take people in is help refused, as before
    (
        "Thailand rejected accepting more refugees from Myanmar.",
        ("Thailand", "supported", "refugees"),  # "more" counts them (act36)
        "denied",
    ),
    # an act in a clause attached to the stance verb is no act of its own
    (
        "Poland opposed the treaty, with Andrzej Duda condemning Germany.",
        ("Andrzej Duda", "criticized", "Germany"),
        "occurred",
    ),
]

# (sentence, (subject, predicate, object)) not found: opposing an act aimed at X is no
# stance against X
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "The Chinese government opposed sanctioning North Korea at the United Nations.",
        ("Chinese government", "criticized", "North Korea"),
    ),
    (
        "Turkey resisted joining the coalition against the Islamic State.",
        ("Turkey", "criticized", "Islamic State"),
    ),
    (
        "Angela Merkel rejected attacking Iran over its nuclear programme.",
        ("Angela Merkel", "criticized", "Iran"),
    ),
]


def _statuses(graph: Any, s: str, p: str, o: str) -> set[str]:
    return {
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == s
        and r.predicate.value == p
        and graph.entities[r.object].label == o
    }


@pytest.mark.parametrize(("sentence", "triple", "status"), STATUSES)
def test_opposed_gerund_act_is_refused(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """The gerund act of "opposed"/"rejected" is denied; an attached clause's is not."""
    graph = extract(sentence, published="2015-05-12")
    assert _statuses(graph, *triple) == {status}


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_opposed_act_target_is_no_stance_target(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Opposing an act aimed at X is no criticism of X, at any status."""
    graph = extract(sentence, published="2015-05-12")
    assert _statuses(graph, *triple) - {"denied"} == set()
