"""Guards on interaction claims found on real news: migrants arriving somewhere make no
visit. Actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

ARRIVALS: list[tuple[str, str, str, bool]] = [
    # (text, subject, place, a visit)
    ("More than 3,000 migrants have arrived in Greece since January.", "migrants", "Greece",
     False),
    ("Hundreds of asylum-seekers landed in Malta on Sunday.", "asylum-seekers", "Malta",
     False),
    ("Refugees arrive in Cambodia from Australian detention", "Refugees", "Cambodia", False),
    ("John Kerry arrived in Sochi on Tuesday.", "John Kerry", "Sochi", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "subject", "place", "visit"), ARRIVALS)
def test_interactions_migrants_arriving_make_no_visit(
    extract: Any, text: str, subject: str, place: str, visit: bool
) -> None:
    """Migrants or refugees arriving in a country are on a journey; a minister visits."""
    graph = extract(text, published="2015-05-20")
    visits = {
        (graph.entities[r.subject].label, graph.entities[r.object].label)
        for r in graph.claims
        if r.predicate.value == "visited" and r.object is not None
    }
    assert ((subject, place) in visits) is visit
