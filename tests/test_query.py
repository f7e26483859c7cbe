"""SPARQL: every query in queries/ runs on the seed with both engines and gives the same rows;
bound values are RDF terms; `kg query` does not import spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import QueryError
from kg.sparql.query import format_result, parse_binding, run_query
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))
BINDINGS = {
    "who_met": ["name=Putin"],
    "timeline": ["name=Putin"],
    "sources": ["name=Ushakov"],
    "country_interactions": ["a=Russia", "b=US"],
}


def test_query_folder_has_the_required_questions() -> None:
    """The six analyst questions are there, each with a header comment."""
    names = {q.stem for q in QUERIES}
    assert {
        "who_met",
        "roles",
        "timeline",
        "country_interactions",
        "sources",
        "most_connected",
    } <= names
    for q in QUERIES:
        head = q.read_text("utf-8").splitlines()[:2]
        assert head[0].startswith("# ")
        assert "Parameters" in "\n".join(q.read_text("utf-8").splitlines()[:6])


@pytest.mark.parametrize("query", QUERIES, ids=lambda q: q.stem)
def test_query_both_engines_give_the_same_rows(seed_out: Path, query: Path) -> None:
    """pyoxigraph and rdflib return the same rows for every shipped query."""
    binds = BINDINGS.get(query.stem, [])
    ox = run_query(str(query), graph=seed_out / "graph.ttl", bindings=binds, engine="oxigraph")
    rl = run_query(str(query), graph=seed_out / "graph.ttl", bindings=binds, engine="rdflib")
    assert ox.variables == rl.variables
    assert ox.rows, "the query found nothing on the seed"
    key = [tuple((t.value if t else "") for t in row) for row in ox.rows]
    assert sorted(key) == sorted(tuple((t.value if t else "") for t in row) for row in rl.rows)


def test_query_who_met_putin(seed_out: Path) -> None:
    """Witkoff, Biden, Trump and Mohammed bin Zayed met Putin."""
    result = run_query(
        str(ROOT / "queries/who_met.rq"), graph=seed_out / "graph.ttl", bindings=["name=Putin"]
    )
    others = {row[1].value for row in result.rows if row[1]}
    assert {"Steve Witkoff", "Joe Biden", "Donald Trump", "Mohammed bin Zayed Al Nahyan"} <= others


def test_query_store_gives_the_same_rows_as_the_file(seed_out: Path, tmp_path: Path) -> None:
    """An on-disk Oxigraph store answers like the Turtle file."""
    from kg.sparql.store import write_store

    store = tmp_path / "store"
    write_store(seed_out / "graph.trig", store)
    q = str(ROOT / "queries/who_met.rq")
    a = run_query(q, graph=seed_out / "graph.ttl", bindings=["name=Putin"])
    b = run_query(q, store=store, bindings=["name=Putin"])
    assert sorted(map(str, a.rows)) == sorted(map(str, b.rows))


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_query_bind_cannot_change_the_query(seed_out: Path, engine: str) -> None:
    """An injection attempt in --bind is matched as a literal, not run as SPARQL."""
    evil = 'name=Putin" } UNION { ?person ?p ?o } #'
    result = run_query(
        str(ROOT / "queries/who_met.rq"),
        graph=seed_out / "graph.ttl",
        bindings=[evil],
        engine=engine,
    )
    assert result.rows == ()


def test_query_parse_binding_types() -> None:
    """IRIs, prefixed names and plain strings are told apart."""
    assert parse_binding("x=<https://a.b/c>")[1] == {"kind": "iri", "value": "https://a.b/c"}
    assert parse_binding("x=wd:Q7747")[1]["kind"] == "iri"
    assert parse_binding("x=Putin: a life")[1]["kind"] == "literal"
    with pytest.raises(QueryError):
        parse_binding("no-equals-sign")
    with pytest.raises(QueryError):
        parse_binding("bad name=x")


def test_query_formats(seed_out: Path) -> None:
    """Table, JSON (SPARQL results) and CSV renderings."""
    import json

    result = run_query(
        "SELECT ?l WHERE { ?e skos:prefLabel ?l } ORDER BY ?l LIMIT 2", graph=seed_out / "graph.ttl"
    )
    assert json.loads(format_result(result, "json"))["head"]["vars"] == ["l"]
    assert format_result(result, "csv").splitlines()[0] == "l"
    assert "(2 rows)" in format_result(result, "table")


def test_query_does_not_import_spacy(seed_out: Path) -> None:
    """`kg query` runs without importing spaCy (start-up time)."""
    code = (
        "import sys; from kg.cli import main; "
        f"rc = main(['query', 'SELECT * WHERE {{ ?s ?p ?o }} LIMIT 1', '--graph', "
        f"{str(seed_out / 'graph.ttl')!r}]); "
        "assert 'spacy' not in sys.modules, 'spacy imported'; sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_query_package_ships_every_query_of_the_repository() -> None:
    """kg/queries (package data) holds every .rq of queries/, byte for byte, so a bare name
    such as `who_met` works after a plain install."""
    from importlib import resources

    from kg.sparql.query import read_query, shipped_queries

    repo = {p.stem: p.read_text("utf-8") for p in (ROOT / "queries").glob("*.rq")}
    packaged = resources.files("kg").joinpath("queries")
    assert {e.name for e in packaged.iterdir() if e.name.endswith(".rq")} == {
        f"{name}.rq" for name in repo
    }
    assert shipped_queries() == repo
    assert read_query("who_met") == repo["who_met"]


def test_query_unknown_shipped_name_lists_the_queries() -> None:
    """A bare name that is no shipped query is an error naming the ones there are."""
    from kg.sparql.query import read_query

    with pytest.raises(QueryError, match="who_met"):
        read_query("who_meets")
