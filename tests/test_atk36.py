"""Attacks the text tells by other constructions (atk36). Sentences of our own, about other
actors than the articles the rules were learned from.

1. Plural towns taken by a named actor, then named by a list verb, are each attacked by it
   ("The towns seized by Boko Haram include Baga, Monguno and Marte";
   ``_listed_taken`` of kg/extract/taken_places.py, ``taken_places.listed`` of
   kg/data/en/cues.json); the names listed are towns (``_listed_towns`` of
   kg/resolve/entities.py). Not without a taker ("seized last year"), nor of a visit.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

LISTED: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "The towns overrun by al-Shabab include Baidoa, Afgoye and Merca.",
        ("al-Shabab", "attacked", "Merca"),
        None,
    ),
    (
        "The towns seized by Boko Haram include Baga, Monguno and Marte.",
        ("Boko Haram", "attacked", "Monguno"),
        None,
    ),
    (
        "The villages seized by the rebels include Kafr Nabl and Maarat al-Numan.",
        ("rebels", "attacked", "Kafr Nabl"),
        None,
    ),
    (
        "The towns visited by the minister include Baga and Monguno.",
        None,
        ("minister", "attacked", "Baga"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), LISTED)
def test_taken_places_listed_towns_are_attacked(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Towns taken by an actor and listed after "include" are each attacked by it."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


def test_entities_listed_towns_are_cities(extract: Any) -> None:
    """Names a plural town noun's list verb lists are towns, whatever the model called them."""
    graph = extract("The towns overrun by al-Shabab include Bula Hawo, El Wak and Dhobley.")
    types = {e.label: e.type.value for e in graph.entities.values()}
    assert types.get("Bula Hawo") == "City", types
    assert types.get("Dhobley") == "City", types
