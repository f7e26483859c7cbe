"""Event recall on unseen wire news: constructions and parser slips of the small model that
journalists' sentences meet everywhere. Sentences are about other actors than the seed's and
the benchmark's, run through the real pinned model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, subject, predicate, object): the model reads the past verb as its object's
# modifier ("seized/amod towns") and still hangs the subject on it
MISREAD_VERBS = [
    (
        "ISIL seized towns and cities in central Libya last year and have since expanded "
        "their territory.",
        "Islamic State",
        "attacked",
        "Libya",
    ),
    (
        "Families fled their homes after ISIL seized parts of eastern Syria.",
        "Islamic State",
        "attacked",
        "Syria",
    ),
    (
        "Families fled their homes after ISIL captured parts of Sirte.",
        "Islamic State",
        "attacked",
        "Sirte",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MISREAD_VERBS)
def test_interactions_verb_misread_as_modifier_keeps_its_object(
    extract: Any, text: str, subject: str, predicate: str, obj: str
) -> None:
    """A past verb parsed as the modifier of its object noun, with its own subject, acts on it."""
    graph = extract(text)
    assert claims_between(graph, subject, predicate, obj)


def test_interactions_participle_modifier_stays_a_state(extract: Any) -> None:
    """ "the occupied territories" (a modifier with no subject of its own) is no seizure."""
    graph = extract("Egypt hosted talks on the occupied territories in Cairo on Monday.")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]
