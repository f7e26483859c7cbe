"""Who goes on a tour (kg/extract/interactions.py _governor_subjects): "X took Y on a tour
of Z" makes Y the visitor. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

TOURS = [
    # the one taken on the tour visits, not the host
    (
        "Kenyan President Uhuru Kenyatta took Narendra Modi on a tour of Nairobi on Sunday.",
        ("Narendra Modi", "visited", "Nairobi"),
        ("Uhuru Kenyatta", "visited", "Nairobi"),
    ),
    # a guest taken round at home is no visitor, nor is the host
    (
        "Kenyan President Uhuru Kenyatta took his deputy William Ruto on a tour of Nairobi.",
        None,
        ("William Ruto", "visited", "Nairobi"),
    ),
    # unnamed guests: still not the host's trip
    (
        "Kenyan President Uhuru Kenyatta took the reporters on a tour of Rome.",
        None,
        ("Uhuru Kenyatta", "visited", "Rome"),
    ),
    # with no one taken, the subject goes on the tour
    (
        "Shinzo Abe went on a tour of Nairobi on Sunday.",
        ("Shinzo Abe", "visited", "Nairobi"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TOURS)
def test_interactions_taken_on_a_tour_is_the_visitor(
    extract: Any,
    text: str,
    present: tuple[str, str, str] | None,
    absent: tuple[str, str, str] | None,
) -> None:
    """ "X took Y on a tour of Z": Y visited Z (when abroad); X did not."""
    found = triples(extract(text))
    if present is not None:
        assert present in found
    if absent is not None:
        assert absent not in found


def test_event_coref_host_meets_the_guest_taken_on_a_tour(extract: Any) -> None:
    """ "X took Y on a tour of Z": X met Y."""
    graph = extract("Kenyan President Uhuru Kenyatta took Narendra Modi on a tour of Nairobi.")
    assert ("Uhuru Kenyatta", "met", "Narendra Modi") in triples(graph)
