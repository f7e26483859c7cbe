"""Kinds of help named by a modifier (kg/extract/aid_programs.py): "suspended a military aid
program for X" suspends aid to X. Sentences of our own about actors that are neither the seed's
nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, (subject, predicate, object), PLOVER type, status)
PROGRAMS = [
    (
        "Germany froze its development aid program for Ghana.",
        ("Germany", "sanctioned", "Ghana"),
        "SANCTION",
        "occurred",
    ),
    (
        "Japan suspended part of its aid package to Myanmar.",
        ("Japan", "sanctioned", "Myanmar"),
        "SANCTION",
        "occurred",
    ),
    (
        "Canada suspended a military aid program for Honduras.",
        ("Canada", "sanctioned", "Honduras"),
        "SANCTION",
        "occurred",
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_PROGRAMS = [
    # a nuclear program suspended is no help withheld from anyone
    ("Iran suspended its nuclear program for Syria.", ("Iran", "sanctioned", "Syria")),
]


@pytest.mark.parametrize(("sentence", "triple", "event", "status"), PROGRAMS)
def test_aid_programs_help_named_by_a_modifier(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, status: str
) -> None:
    """An aid program or package suspended or frozen for X sanctions X (CAMEO 162)."""
    graph = extract(sentence)
    found = claims_between(graph, *triple)
    assert found, sorted(
        (graph.entities[r.subject].label, r.predicate.value, r.object) for r in graph.claims
    )
    assert found[0].qualifiers.event is not None
    assert found[0].qualifiers.event.value == event
    assert found[0].qualifiers.status.value == status


@pytest.mark.parametrize(("sentence", "triple"), NOT_PROGRAMS)
def test_aid_programs_other_programs_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A program whose modifier names no help gives no sanction."""
    assert not claims_between(extract(sentence), *triple)
