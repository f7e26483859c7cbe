"""A refusal word that is itself negated (lead47): "did not rule out a strike", "did not refuse
to meet" leave the act possible (hypothetical; ``doubted_refusals`` of cues.json), "did not
cancel the visit", "did not boycott the summit" let it go ahead (no status from the refusal);
neither is denied (kg/extract/qualifiers.py ``_refusal_cues``; the negation used to add a
second denial instead of cancelling the first). Unnegated refusals stay denied. Sentences of
our own."""

from __future__ import annotations

from typing import Any

import pytest

Triple = tuple[str, str, str]


def _statuses(graph: Any) -> dict[Triple, set[str]]:
    found: dict[Triple, set[str]] = {}
    for r in graph.claims:
        if r.object is None:
            continue
        key = (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label)
        found.setdefault(key, set()).add(r.qualifiers.status.value)
    return found


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        (
            "Israel did not rule out a strike on Iran.",
            ("Israel", "attacked", "Iran"),
            "hypothetical",
        ),
        (
            "Ankara has not ruled out an offensive against the PKK.",
            ("Turkey", "attacked", "Kurdistan Workers' Party"),
            "hypothetical",
        ),
        ("Pakistan did not refuse to meet India.", ("India", "met", "Pakistan"), "hypothetical"),
        (
            "France did not cancel the visit of its president to Algeria.",
            ("France", "visited", "Algeria"),
            "occurred",
        ),
        ("Kenya did not boycott the summit with Uganda.", ("Kenya", "met", "Uganda"), "occurred"),
        (
            "Iran did not deny meeting Saudi officials.",
            ("Iran", "met", "Saudi officials"),
            "hypothetical",
        ),
        # not negated: still refused
        ("Israel ruled out a strike on Iran.", ("Israel", "attacked", "Iran"), "denied"),
        ("Pakistan refused to meet India.", ("India", "met", "Pakistan"), "denied"),
    ],
)
def test_negated_refusal_leaves_the_act_possible(
    extract: Any, text: str, triple: Triple, status: str
) -> None:
    """A negated refusal is no denial: possible, or going ahead."""
    found = _statuses(extract(text, published="2015-06-10"))
    assert triple in found, found
    assert found[triple] == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran issued a warning against the United States on Monday.",
            ("Iran", "threatened", "United States"),
        ),
        (
            "China sent a stern warning against Japan over the islands.",
            ("China", "threatened", "Japan"),
        ),
        # a warning against an act names no one warned
        ("The WHO issued a warning against eating raw meat in Guinea.", None),
    ],
)
def test_light_verb_warning_against(extract: Any, text: str, expected: Triple | None) -> None:
    """ "issued a warning against X": the light-verb row of "warning" takes an "against"
    object as its bare noun row does (rel47 found it missing)."""
    found = _statuses(extract(text, published="2015-06-10"))
    threats = {t for t in found if t[1] == "threatened"}
    if expected is None:
        assert not threats
    else:
        assert expected in threats
