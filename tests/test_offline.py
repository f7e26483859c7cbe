"""No request leaves: remote JSON-LD contexts and SPARQL SERVICE are refused on every path
unless the user opts in, checked against a loopback server that records requests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.errors import GraphError
from kg.io.offline import uses_service


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def _jsonld(tmp_path: Path, context: Any) -> Path:
    path = tmp_path / "remote.jsonld"
    doc = {
        "@context": context,
        "@id": "https://kg.example.org/entity/x",
        "name": "X",
    }
    path.write_text(json.dumps(doc), "utf-8")
    return path


@pytest.mark.parametrize("shape", ["string", "list", "import", "nested"])
def test_offline_remote_jsonld_context_is_refused_everywhere(
    recorder: Any, tmp_path: Path, shape: str
) -> None:
    """kg.load, show, stats, validate and query (both engines) refuse a remote @context and
    send nothing; with the opt-in the same file is fetched (so the check can fail)."""
    import kg as library

    url = recorder.url + "/context.jsonld"
    context = {
        "string": url,
        "list": [url, {"name": "http://schema.org/name"}],
        "import": {"@import": url, "name": "http://schema.org/name"},
        "nested": {"name": {"@id": "http://schema.org/name", "@context": url}},
    }[shape]
    path = _jsonld(tmp_path, context)
    with pytest.raises(GraphError, match="--allow-network"):
        library.load(path)
    for args in (
        ("show", "X", "--graph", str(path)),
        ("stats", "--graph", str(path)),
        ("validate", "--graph", str(path)),
        ("query", "SELECT * { ?s ?p ?o }", "--graph", str(path), "--engine", "rdflib"),
        ("query", "SELECT * { ?s ?p ?o }", "--graph", str(path)),
    ):
        result = kg(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "--allow-network" in result.stderr
        assert "Traceback" not in result.stderr
    assert recorder.requests == []
    if shape == "string":
        result = kg("stats", "--graph", str(path), "--allow-network")
        assert recorder.requests == ["GET /context.jsonld"], result.stderr


def test_offline_own_jsonld_export_loads(seed_graph: Any, tmp_path: Path) -> None:
    """kg's own JSON-LD export inlines its context and loads without the opt-in."""
    from kg.io.export import write_outputs
    from kg.io.formats import load_graph

    write_outputs(seed_graph, tmp_path, ("json-ld",), html=False)
    assert load_graph(tmp_path / "graph.jsonld") == seed_graph


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_offline_service_is_refused_by_kg_query(recorder: Any, seed_out: Path, engine: str) -> None:
    """SERVICE in `kg query` is refused with one line by both engines; no request is sent."""
    query = f"SELECT * WHERE {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
    escaped = query.replace("SERVICE", "\\u0053ERVICE")  # SPARQL codepoint escape
    result = kg("query", escaped, "--graph", str(seed_out / "graph.ttl"), "--engine", engine)
    assert "SERVICE" in result.stderr
    result = kg("query", query, "--graph", str(seed_out / "graph.ttl"), "--engine", engine)
    assert result.returncode == 2
    assert "SERVICE" in result.stderr
    assert "--allow-network" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert recorder.requests == []
    if engine == "rdflib":  # the opt-in really lets it through, so the refusal is what held
        kg(
            "query",
            query,
            "--graph",
            str(seed_out / "graph.ttl"),
            "--engine",
            engine,
            "--allow-network",
        )
        assert recorder.requests


def test_offline_service_detection_ignores_strings_iris_and_names() -> None:
    """SERVICE is found as a keyword in any case, never inside strings, IRIs or names."""
    assert uses_service("select * { service silent <http://x> { ?s ?p ?o } }")
    assert uses_service('PREFIX x: <http://e/> SELECT * { ?s ?p "a" . SeRvIcE ?e { } }')
    assert uses_service(r"SELECT * { \u0053ERVICE <http://x> { ?s ?p ?o } }")
    assert uses_service(r"SELECT * { SERVIC\U00000045 <http://x> { ?s ?p ?o } }")
    assert not uses_service('SELECT * { ?s ?p "SERVICE <http://x>" }')
    assert not uses_service("SELECT * { ?s <http://e/SERVICE> ?o }")
    assert not uses_service("SELECT ?SERVICE { ?SERVICE ?p ?o . ?s ex:SERVICE ?x }")
    assert not uses_service("SELECT * { ?s ?p ?o } # SERVICE <http://x>")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_offline_from_clause_fetches_nothing(recorder: Any, seed_out: Path, engine: str) -> None:
    """FROM and FROM NAMED name graphs in the dataset; neither engine downloads them."""
    from kg.sparql.query import run_query

    query = (
        f"SELECT * FROM <{recorder.url}/a.ttl> FROM NAMED <{recorder.url}/b.ttl> "
        "WHERE { ?s ?p ?o } LIMIT 1"
    )
    run_query(query, graph=seed_out / "graph.ttl", engine=engine)
    assert recorder.requests == []
