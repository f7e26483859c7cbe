"""Loyalties (kg.extract.loyalties): a side loyal to a leader supported him."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    (
        "Fighters loyal to former president Laurent Gbagbo attacked the police station in Abidjan.",
        ("pro-Gbagbo fighters", "supported", "Laurent Gbagbo"),
    ),
    (
        "Rebels backed by army units loyal to the former president, Yahya Jammeh, seized "
        "the airport on Tuesday.",
        ("pro-Jammeh forces", "supported", "Yahya Jammeh"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_loyalties_side_supported_its_leader(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The side supported the person it is loyal to."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))


NOT_FOUND = [
    # the sitting president's troops are his state's, no side; a group's militants are its own
    ("Troops loyal to President Salva Kiir retook Malakal on Monday.", "Salva Kiir"),
    ("Militants loyal to Boko Haram attacked Baga on Monday.", "Boko Haram"),
]


@pytest.mark.parametrize(("text", "leader"), NOT_FOUND)
def test_loyalties_no_support_for_a_state_or_a_group(extract: Any, text: str, leader: str) -> None:
    """No supported claim to a sitting president or to an armed group."""
    graph = extract(text, published="2015-05-20")
    assert not any(p == "supported" and o == leader for _, p, o in triples(graph))


def test_loyalties_leader_the_model_took_for_a_place(extract: Any) -> None:
    """ "fighters loyal to Buhari" with "Buhari" tagged a place (the gazetteer knows him) are
    his side, and the parse hanging "loyal" on "rebels" does not make the rebels loyal."""
    graph = extract(
        "In Kano, clashes raged between rebels and fighters loyal to Buhari, military "
        "sources said.",
        published="2015-05-20",
    )
    found = {(s, o) for s, p, o in triples(graph) if p == "supported"}
    assert found == {("pro-Buhari fighters", "Muhammadu Buhari")}, sorted(triples(graph))
