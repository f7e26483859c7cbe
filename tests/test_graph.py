"""Traversal API: lookup, filters, neighbours, paths, ego graphs, timelines, centrality."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import EntityNotFoundError
from kg.graph.core import KnowledgeGraph
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status


def test_graph_entity_lookup_is_alias_aware(seed_graph: Any) -> None:
    """'Putin', 'vladimir putin' and the id all find the same entity."""
    putin = seed_graph.entity("Putin")
    assert seed_graph.entity("vladimir putin") == putin == seed_graph.entity(putin.id)


def test_graph_unknown_entity_lists_close_matches(seed_graph: Any) -> None:
    """A misspelt name raises EntityNotFoundError naming close matches."""
    with pytest.raises(EntityNotFoundError, match="Putin"):
        seed_graph.entity("Puttin")


def test_graph_who_met_putin(seed_graph: Any) -> None:
    """neighbors(predicate='met') lists Witkoff, Biden, Trump and Mohammed bin Zayed."""
    met = {e.label for _, e in seed_graph.neighbors("Putin", predicate="met")}
    assert {"Steve Witkoff", "Joe Biden", "Donald Trump", "Mohammed bin Zayed Al Nahyan"} <= met


def test_graph_relation_filters(seed_graph: Any) -> None:
    """Filters by subject, predicate, object, status and date range combine."""
    occurred = seed_graph.relations(
        subject="Trump", predicate="met", object="Putin", status="occurred"
    )
    assert [r.qualifiers.date for r in occurred] == ["2019"]
    assert all(r.qualifiers.date >= "2025" for r in seed_graph.relations(since="2025"))
    assert all(r.qualifiers.date <= "2021" for r in seed_graph.relations(until="2021"))


def test_graph_path_from_witkoff_to_zelensky(seed_graph: Any) -> None:
    """The shortest chain goes through Trump, each hop with evidence."""
    steps = seed_graph.path("Witkoff", "Zelensky")
    assert [s.entity.label for s in steps] == ["Donald Trump", "Volodymyr Zelensky"]
    assert all(s.relation.evidence for s in steps)


def test_graph_timeline_is_in_date_order(seed_graph: Any) -> None:
    """Putin's timeline: 2019 Osaka, 2021 Geneva, 2025-08-06 Kremlin."""
    dates = [r.qualifiers.date for r in seed_graph.timeline("Putin")]
    assert dates == sorted(dates)
    assert dates[:3] == ["2019", "2021", "2025-08-06"]


def test_graph_central_actors(seed_graph: Any) -> None:
    """Putin is the most connected actor of the seed."""
    assert seed_graph.central(3)[0].entity.label == "Vladimir Putin"


def test_graph_to_networkx_carries_attributes(seed_graph: Any) -> None:
    """Nodes and edges carry the documented attributes."""
    g = seed_graph.to_networkx()
    putin = seed_graph.entity("Putin").id
    assert g.nodes[putin]["label"] == "Vladimir Putin"
    edge = next(iter(g.in_edges(putin, data=True)))[2]
    assert {"predicate", "status", "date", "place", "sentence", "relation"} <= set(edge)


# -- property-based tests on generated graphs ---------------------------------------------


@st.composite
def graphs(draw: Any) -> KnowledgeGraph:
    n = draw(st.integers(min_value=2, max_value=12))
    ids = [f"e{i}" for i in range(n)]
    entities = {i: Entity(i, f"Name {i}", EntityType.PERSON, mentions=1) for i in ids}
    edges = draw(
        st.lists(
            st.tuples(
                st.sampled_from(ids),
                st.sampled_from(ids),
                st.sampled_from(list(Predicate)[:9]),
                st.sampled_from(list(Status)),
                st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())),
            ),
            max_size=30,
        )
    )
    claims = [
        Relation(a, p, b, Qualifiers(s, d), Evidence("x", "s", k, k + 1), 0.5)
        for k, (a, b, p, s, d) in enumerate(edges)
        if a != b
    ]
    return KnowledgeGraph(entities, claims)


@settings(max_examples=80, deadline=None)
@given(graphs(), st.data())
def test_graph_path_endpoints_and_hops_are_real(graph: KnowledgeGraph, data: Any) -> None:
    """A path ends at the target, and each hop is a relation touching both its ends."""
    ids = sorted(graph.entities)
    a, b = data.draw(st.sampled_from(ids)), data.draw(st.sampled_from(ids))
    steps = graph.path(a, b)
    if a != b and steps:
        assert steps[-1].entity.id == b
        current = a
        for step in steps:
            assert {step.relation.subject, step.relation.object} == {current, step.entity.id}
            current = step.entity.id


@settings(max_examples=80, deadline=None)
@given(graphs(), st.data(), st.integers(min_value=0, max_value=3))
def test_graph_ego_stays_within_radius(graph: KnowledgeGraph, data: Any, radius: int) -> None:
    """Every entity of an ego graph is within ``radius`` hops of the centre."""
    centre = data.draw(st.sampled_from(sorted(graph.entities)))
    ego = graph.ego(centre, radius)
    assert centre in ego.entities
    import networkx as nx

    hops = nx.single_source_shortest_path_length(graph._undirected(), centre)
    for eid in ego.entities:
        assert hops[eid] <= radius


@settings(max_examples=80, deadline=None)
@given(graphs(), st.data())
def test_graph_timeline_is_sorted_and_dated(graph: KnowledgeGraph, data: Any) -> None:
    """A timeline holds only dated relations of the entity, oldest first."""
    centre = data.draw(st.sampled_from(sorted(graph.entities)))
    timeline = graph.timeline(centre)
    dates = [r.qualifiers.date for r in timeline]
    assert all(dates)
    assert dates == sorted(dates)
    assert all(centre in (r.subject, r.object) for r in timeline)
