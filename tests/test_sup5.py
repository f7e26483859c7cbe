"""Coordinated verbs with a stray shared object, and parties named with "and" (round 32b).

1. Two coordinated verbs share the object written after the second; the small model may hang
   it on the first as a bare modifier ("Iran trains and funds Hezbollah": npadvmod of trains).
   A proper name naming an actor there is the object (kg/extract/interactions.py
   ``_stray_shared_object``); a time ("arrived and spoke Monday") is none.
2. "backed by the Law and Justice (PiS) party": a party's name of words joined by "and", or
   with its bracketed acronym before a lower-case "party", is the party; the model's person
   in its first word ("Law") is none (kg/resolve/entities.py ``_untagged_parties``).
Sentences of our own about other actors than the article's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, triples

SHARED = [
    ("Iran trains and funds Hezbollah.", ("Iran", "supported", "Hezbollah")),
    ("Iran trains and funds Hamas.", ("Iran", "supported", "Hamas")),
    # a dobj on the second verb was read before: still one claim
    (
        "The United States trains and equips Kurdish fighters.",
        ("United States", "supported", "Kurdish fighters"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), SHARED)
def test_stray_shared_object(extract: Any, text: str, claim: tuple[str, str, str]) -> None:
    graph = extract(text)
    found = [c for c in graph.claims if c.object is not None]
    assert claim in triples(graph)
    # both verbs say the same: one claim, not two
    assert len([c for c in found if c.predicate.value == claim[1]]) == 1


def test_stray_time_is_no_object(extract: Any) -> None:
    graph = extract("The minister arrived in Cairo and spoke Monday.")
    assert not [c for c in graph.claims if c.object is not None and c.predicate.value != "visited"]


PARTIES = [
    ("The government was backed by the Law and Justice (PiS) party.", "Law and Justice", "Law"),
    (
        "The minister was backed by the Freedom and Solidarity (SaS) party.",
        "Freedom and Solidarity",
        "Freedom",
    ),
    ("Duda was backed by the Law and Justice party.", "Law and Justice", "Law"),
    (
        "The president was criticised by the Peace and Unity (PuD) party.",
        "Peace and Unity",
        "Peace",
    ),
]


@pytest.mark.parametrize(("text", "party", "word"), PARTIES)
def test_party_joined_by_and(extract: Any, text: str, party: str, word: str) -> None:
    graph = extract(text)
    assert party in labels_of_type(graph, "Organization")
    assert word not in labels_of_type(graph, "Person")


def test_party_names_unchanged(extract: Any) -> None:
    graph = extract("The Conservative party criticised Labour.")
    assert "Conservative party" in labels_of_type(graph, "Organization")
