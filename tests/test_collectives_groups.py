"""Plural people of a role or stance ("critics", "local fishermen") acting in an event are a
group of their own article (kg/resolve/collectives.py: find_groups; issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Dozens of Eritrean migrants were rescued by local fishermen near Lampedusa on Monday.",
        ("local fishermen", "supported", "Eritrean refugees"),
    ),
    (
        "Critics accused Governor Ambode of wasting public money.",
        ("critics", "criticized", "Ambode"),
    ),
    (
        "Detractors criticised Mayor Ambode for the delays.",
        ("detractors", "criticized", "Ambode"),
    ),
    (
        "Sceptics have accused the World Bank of hiding the figures.",
        ("sceptics", "criticized", "World Bank"),
    ),
    (
        "Settlers attacked Palestinian farmers near Nablus.",
        ("settlers", "attacked", "Palestinian civilians"),
    ),
    (
        "Pilgrims visited Mecca in large numbers.",
        ("pilgrims", "visited", "Mecca"),
    ),
    (
        "Angry villagers and local traders attacked the offices of Sinopec in Lamu.",
        ("local traders", "attacked", "Sinopec"),
    ),
    (
        "The conference ended in Doha, and participants urged Sudan to release the detainees.",
        ("participants", "requested", "Sudan"),
    ),
    (
        "Attendees at the forum criticised Tanzania over the arrests.",
        ("attendees", "criticized", "Tanzania"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_collectives_groups_group_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A listed plural noun that is the subject or object of an event is a Group node."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    group = labelled(graph, triple[0])
    assert group.type.value == "Group"


NO_NODE = [
    # a statement is no event
    ("Critics said the plan would fail.", "critics"),
    # no event verb uses them
    ("Critics of the plan point to its high cost.", "critics"),
    # a nationality in front: the country's people, not a group of its own
    ("Israeli settlers attacked the village of Duma.", "settlers"),
    # "pro-X" in front: a side, not the plain noun
    ("Pro-government tribesmen attacked al-Shabab fighters near Kismayo.", "government tribesmen"),
    # a singular is one person, not the group
    ("A critic accused Governor Ambode of wasting public money.", "critic"),
]


@pytest.mark.parametrize(("text", "label"), NO_NODE)
def test_collectives_groups_no_node_without_an_event(extract: Any, text: str, label: str) -> None:
    """A listed noun that no event uses, or that a name or side owns, makes no node."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label not in labels, labels


def test_collectives_groups_two_articles_never_merge(extract: Any) -> None:
    """Two articles' "critics" are two nodes."""
    graph = extract(
        "Critics accused Governor Ambode of wasting public money.",
        "Critics accused Governor Fashola of ignoring the floods.",
        published="2015-05-15",
    )
    critics = [e for e in graph.entities.values() if e.label == "critics"]
    assert len(critics) == 2
    found = triples(graph)
    assert ("critics", "criticized", "Ambode") in found
    assert ("critics", "criticized", "Fashola") in found
