"""GraphML export, read back by two real consumers (networkx and igraph) with its typed
attributes intact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from kg.io.graphml import graphml_text, write_graphml


@pytest.fixture(scope="module")
def graphml(seed_graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_graphml(seed_graph, tmp_path_factory.mktemp("gml") / "graph.graphml")


def _interactions(graph: Any) -> list[Any]:
    return [r for r in graph.claims if r.object is not None]


def test_graphml_networkx_reads_nodes_edges_and_attributes(seed_graph: Any, graphml: Path) -> None:
    """networkx reads every entity and every claim between entities, with typed attributes."""
    g = nx.read_graphml(graphml, force_multigraph=True)
    assert g.number_of_nodes() == len(seed_graph.entities)
    assert g.number_of_edges() == len(_interactions(seed_graph))
    putin = g.nodes["Q7747"]
    assert (putin["label"], putin["type"], putin["qid"]) == ("Vladimir Putin", "Person", "Q7747")
    assert isinstance(putin["mentions"], int)
    assert putin["mentions"] > 0
    assert g.nodes["Q159"]["iso"] == "RU"
    sectors = {d["label"]: d["sector"] for _, d in g.nodes(data=True) if "sector" in d}
    assert sectors["Russian forces"] == "MIL", sectors
    osaka = [
        d for _, _, d in g.edges(data=True) if d["predicate"] == "met" and d.get("place") == "Osaka"
    ]
    assert osaka, "the 2019 Osaka meeting"
    edge = osaka[0]
    assert (edge["status"], edge["date"], edge["event"], edge["cameo"]) == (
        "occurred",
        "2019",
        "CONSULT",
        "044",
    )
    assert isinstance(edge["confidence"], float)
    assert edge["article"] == "000_b0de18ce0d959284"
    assert "Osaka" in edge["sentence"]


def test_graphml_igraph_reads_the_same_graph(seed_graph: Any, graphml: Path) -> None:
    """igraph reads the same nodes, edges and attributes (numbers as numbers)."""
    import igraph  # a dev dependency: the second real consumer

    g = igraph.Graph.Read_GraphML(str(graphml))
    assert g.vcount() == len(seed_graph.entities)
    assert g.ecount() == len(_interactions(seed_graph))
    for name in ("label", "type", "qid", "iso", "sector", "mentions"):
        assert name in g.vs.attributes()
    assert g.vs.find(label="Russian forces")["sector"] == "MIL"
    for name in ("predicate", "status", "date", "place", "event", "confidence", "article"):
        assert name in g.es.attributes()
    assert "sentence" in g.es.attributes()
    putin = g.vs.find(id="Q7747")
    assert (putin["label"], putin["type"]) == ("Vladimir Putin", "Person")
    met = g.es.select(predicate="met", place="Osaka")
    assert len(met) >= 1
    edge = met[0]
    assert g.vs[edge.source]["id"] in {"Q22686", "Q7747"}
    assert edge["date"] == "2019"
    assert edge["event"] == "CONSULT"
    assert isinstance(edge["confidence"], float)
    assert 0 < edge["confidence"] <= 1
    statuses = set(g.es["status"])
    assert statuses <= {"occurred", "planned", "proposed", "hypothetical", "denied"}
    assert "denied" in statuses


def test_graphml_is_deterministic(seed_graph: Any) -> None:
    """The same graph gives the same bytes."""
    assert graphml_text(seed_graph) == graphml_text(seed_graph)
