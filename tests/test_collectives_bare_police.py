"""Bare collectives of the kinds analysts code: "police" the article never gives a country
("Kenyan police"), "opposition members", "rights lawyers", "local media" acting are a node of
their own article labelled as written, with the sector code (kg/resolve/collectives.py:
plain_bare_collectives, bare_collectives; issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Police evicted students from a university building in Amsterdam on Saturday.",
        ("Police", "sanctioned", "students"),
        "COP",
    ),
    (
        "Residents accused the police of beating a teenager in Ferguson.",
        ("Residents", "criticized", "police"),
        "COP",
    ),
    (
        "Rights groups accused riot police of beating students in Minsk and Vilnius.",
        ("Rights groups", "criticized", "riot police"),
        "COP",
    ),
    (
        "Students accused brutal police of beating them in Minsk and Vilnius.",
        ("Students", "criticized", "police"),
        "COP",
    ),
    (
        "Opposition members accused President Serzh Sargsyan of rigging the vote.",
        ("Opposition members", "criticized", "Serzh Sargsyan"),
        "OPP",
    ),
    (
        "Rights lawyers accused the police of torturing detainees in Cairo.",
        ("Rights lawyers", "criticized", "police"),
        "HRI",
    ),
    (
        "Local media criticised Mayor Ada Colau for the delays.",
        ("Local media", "criticized", "Ada Colau"),
        "MED",
    ),
]


@pytest.mark.parametrize(("text", "triple", "sector"), FIRES)
def test_bare_collective_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str], sector: str
) -> None:
    """A bare collective noun acting or acted on is a node carrying the sector its noun
    codes (COP, OPP, HRI, MED): an Organization for the police (a force, as a country's
    police is), else a Group."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    ends = [labelled(graph, triple[0]), labelled(graph, triple[2])]
    kind = "Organization" if sector == "COP" else "Group"
    assert (kind, sector) in [(e.type.value, e.sector) for e in ends], ends


def test_bare_police_one_node_per_article(extract: Any) -> None:
    """Two articles' bare "police" are two nodes: a plain collective is never merged across
    articles."""
    graph = extract(
        "Police arrested dozens of protesters in Nairobi and Kampala on Monday.",
        "Police detained three journalists in Lima and Quito on Friday.",
    )
    police = [e for e in graph.entities.values() if e.label.lower() == "police"]
    assert len(police) == 2, [e.label for e in graph.entities.values()]


def test_bare_police_of_one_country_story(extract: Any) -> None:
    """In a story about one country, its bare "police" is the article's node of that
    country labelled as written (not "Peruvian police"), and its police chief leads it."""
    graph = extract(
        "Police fired tear gas at protesters in Lima on Monday. Peru's interior minister "
        "defended the police. Protests have spread across Peru since April. Peru's national "
        "police chief Jorge Flores said that police would not tolerate violence."
    )
    police = labelled(graph, "Police")
    assert (police.type.value, police.sector, police.country) == ("Organization", "COP", "PE")
    assert ("Jorge Flores", "leader_of", "Police") in triples(graph), triples(graph)
    assert ("Police", "attacked", "protesters") in triples(graph), triples(graph)


SILENT = [
    # someone's lawyers speak for him: no actor of the story
    ("His lawyers said he would appeal the verdict in Nairobi.", "lawyers"),
    # the article names Kenya's police: the bare "Police" is theirs, no plain police
    ("Kenyan police arrested ten students in Nairobi. Police said the students rioted.", "Police"),
]


@pytest.mark.parametrize(("text", "label"), SILENT)
def test_bare_collective_not_an_actor(extract: Any, text: str, label: str) -> None:
    """A possessed plural and a bare noun whose country the article names make no plain
    collective."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label.lower() not in labels, labels
