"""Missiles a side is pelted with (kg/extract/interactions.py ``_thrown_with``), on
sentences of our own: stones, rocks and bricks make an attack, eggs a protest."""

from __future__ import annotations

from typing import Any

import pytest


def _claims(graph: Any) -> set[tuple[str, str, str, str | None]]:
    """(subject, predicate, object, CAMEO) of every claim with an entity object."""
    return {
        (
            graph.entities[r.subject].label,
            r.predicate.value,
            graph.entities[r.object].label,
            r.qualifiers.cameo,
        )
        for r in graph.claims
        if r.object is not None
    }


@pytest.mark.parametrize(
    ("text", "doer", "target"),
    [
        ("Youths pelted Indian troops with stones.", "Youths", "Indian troops"),
        ("Protesters pelted Ukrainian police with rocks.", "Protesters", "Ukrainian police"),
        ("Students pelted the Kenyan police with bottles and stones.", "Students", "Kenyan police"),
        (
            "Demonstrators pelted the Egyptian police with bricks.",
            "Demonstrators",
            "Egyptian police",
        ),
    ],
)
def test_interactions_pelted_with_stones_attack(
    extract: Any, text: str, doer: str, target: str
) -> None:
    """A side pelted with stones, rocks or bricks is attacked (182), not protested against."""
    found = _claims(extract(text))
    assert (doer, "attacked", target, "182") in found
    assert not any(c[1] == "criticized" and c[2] == target for c in found)


def test_interactions_pelted_place_on_missile(extract: Any) -> None:
    """The place hung on the missile ("with stones in Harare") is the attack's place."""
    graph = extract("Rioters pelted Zimbabwean police with stones in Harare.")
    places = {
        r.qualifiers.place
        for r in graph.claims
        if r.predicate.value == "attacked" and r.qualifiers.place is not None
    }
    assert places == {"Harare"}


def test_interactions_pelted_with_eggs_protest(extract: Any) -> None:
    """Eggs are no weapon: a side pelted with them is protested against, not attacked."""
    found = _claims(extract("Farmers pelted the Spanish parliament with eggs."))
    assert ("Farmers", "criticized", "Spanish parliament", "145") in found
    assert not any(c[1] == "attacked" for c in found)
