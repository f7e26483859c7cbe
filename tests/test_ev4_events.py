"""Event constructions of untuned news: a denial that governs the report in the next
sentence. Sentences are about other actors than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _claims(graph: Any, s: str, p: str, o: str) -> list[Any]:
    return [
        r
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label.lower() == s.lower()
        and r.predicate.value == p
        and graph.entities[r.object].label.lower() == o.lower()
    ]


# (text, (subject, predicate, object), status)
DENIED_REPORTS: list[tuple[str, tuple[str, str, str], str]] = [
    # the report the sentence before denied is denied too
    (
        "The Turkish army denied claims that its jets had bombed a village in northern Iraq.\n\n"
        "Kurdish officials said Turkish jets had bombed Kurdish fighters near Zakho.",
        ("Turkish army", "attacked", "Kurdish fighters"),
        "denied",
    ),
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Residents said a raid by the Nigerian army had killed Ali Modu.",
        ("Nigerian army", "attacked", "Ali Modu"),
        "denied",
    ),
    # a report of another event after the denial stands
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Residents said Boko Haram had met Chadian officials in Maiduguri.",
        ("Boko Haram", "met", "Chadian officials"),
        "occurred",
    ),
    # a denial of something else (no report) leaves the next report alone
    (
        "Nigeria rejected the proposal. "
        "Residents said a raid by the Nigerian army had killed Ali Modu.",
        ("Nigerian army", "attacked", "Ali Modu"),
        "occurred",
    ),
    # the writer's own statement after a denial is no report
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Nigerian soldiers attacked Boko Haram in Bama on Monday.",
        ("Nigerian army", "attacked", "Boko Haram"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), DENIED_REPORTS)
def test_qualifiers_denied_report_governs_next_sentence(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A reported event right after a denial of a report of that event is denied."""
    graph = extract(text, published="2015-05-12")
    found = _claims(graph, *triple)
    assert found, sorted(triples(graph))
    assert {r.qualifiers.status.value for r in found} == {status}
