"""CSV export: nodes and edges tables read back with the csv module (and pandas when it is
installed)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from kg.io.csv_tables import EDGE_COLUMNS, NODE_COLUMNS, write_csv


@pytest.fixture(scope="module")
def tables(seed_graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("csv")
    assert [p.name for p in write_csv(seed_graph, folder)] == ["nodes.csv", "edges.csv"]
    return folder


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) in (NODE_COLUMNS, EDGE_COLUMNS)
        return list(reader)


def test_csv_out_tables_read_back(seed_graph: Any, tables: Path) -> None:
    """One node row per entity and one edge row per claim, edges pointing at node ids."""
    nodes = _read(tables / "nodes.csv")
    edges = _read(tables / "edges.csv")
    assert len(nodes) == len(seed_graph.entities)
    assert len(edges) == len(seed_graph.claims)
    ids = {n["id"] for n in nodes}
    assert all(e["source"] in ids and (e["target"] in ids or e["quote"]) for e in edges)
    putin = next(n for n in nodes if n["id"] == "Q7747")
    assert (putin["label"], putin["type"], putin["qid"]) == ("Vladimir Putin", "Person", "Q7747")
    osaka = next(e for e in edges if e["place"] == "Osaka")
    assert (osaka["predicate"], osaka["status"], osaka["date"], osaka["event"]) == (
        "met",
        "occurred",
        "2019",
        "CONSULT",
    )
    assert float(osaka["confidence"]) == pytest.approx(0.9)
    quotes = [e for e in edges if e["predicate"] == "stated"]
    assert all(e["target"] == "" and e["quote"] for e in quotes)


def test_csv_out_pandas_reads_the_tables(seed_graph: Any, tables: Path) -> None:
    """pandas reads both tables with numeric confidence and mention columns."""
    pandas = pytest.importorskip("pandas")
    nodes = pandas.read_csv(tables / "nodes.csv")
    edges = pandas.read_csv(tables / "edges.csv")
    assert len(nodes) == len(seed_graph.entities)
    assert edges["confidence"].dtype.kind == "f"
    assert nodes["mentions"].dtype.kind == "i"
