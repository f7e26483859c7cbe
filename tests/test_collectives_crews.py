"""The people who work a ship, plane or camera together ("the crew", "a television crew",
"members of the crew") acting in an event are a group of their own article
(kg/resolve/collectives.py: find_crews; ``crew_nouns`` in kg/data/en/cues.json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Mark Dalton assaulted members of the crew on a flight to Tokyo.",
        ("Mark Dalton", "attacked", "members of the crew"),
    ),
    (
        "The cabin crew met with Priya Sharma after the plane landed in Denver.",
        ("Priya Sharma", "met", "cabin crew"),
    ),
    (
        "Somali pirates seized the crew of a Danish tanker in the Gulf of Aden.",
        ("Somali criminals", "coerced", "crew"),
    ),
    (
        "A television crew was attacked by riot police in Caracas on Sunday.",
        ("Venezuelan police", "attacked", "television crew"),
    ),
    (
        "Rebels attacked members of the crew near the port of Aden.",
        ("Rebels", "attacked", "members of the crew"),
    ),
    (
        "Sara Khan attacked crew members on the flight to Paris.",
        ("Sara Khan", "attacked", "crew members"),
    ),
    (
        "Houthi fighters released the crew of the cargo ship on Friday.",
        ("Houthis", "conceded_to", "crew"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_collectives_crews_crew_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A crew that is the subject or object of an event is a Group node."""
    graph = extract(text, published="2015-05-15")
    found = triples(graph)
    assert triple in found, found
    crew = labelled(graph, next(x for x in (triple[0], triple[2]) if "crew" in x))
    assert crew.type.value == "Group"


NO_NODE = [
    # a statement is no event
    ("The crew said the ship had been hit by a wave.", "crew"),
    # a name in front: the name's own staff
    ("Pirates seized the Maersk crew off Somalia.", "maersk crew"),
    # no event verb uses them
    ("The crew of the Apollo mission spent a week in orbit.", "crew"),
    # a crew noun modifying another noun
    ("The crew cabin was damaged by the blast.", "crew"),
]


@pytest.mark.parametrize(("text", "label"), NO_NODE)
def test_collectives_crews_no_node_without_an_event(extract: Any, text: str, label: str) -> None:
    """A crew that no event uses, a name's crew, or a modifier makes no node."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label not in labels, labels


def test_collectives_crews_two_articles_never_merge(extract: Any) -> None:
    """Two articles' crews are two nodes."""
    graph = extract(
        "Pirates seized the crew off Somalia.",
        "Rebels seized the crew near Aden.",
        published="2015-05-15",
    )
    crews = [e for e in graph.entities.values() if e.label == "crew"]
    assert len(crews) == 2
