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
from tests.processes import child_pids, gone

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


CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }"


def _interruptible() -> None:  # runs in the child before exec
    import signal

    # a shell's background job inherits SIGINT ignored, and kg then rightly ignores Ctrl-C:
    # the tests send SIGINT to kg as a terminal would, whatever started pytest
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _kg_query(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "query", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_interruptible,
    )


def _engine_pids(proc: subprocess.Popen[str]) -> set[int]:
    """The pids of the child that runs the query, once it has started (bounded wait)."""
    import time

    workers: set[int] = set()
    for _ in range(300):
        workers = child_pids(proc.pid)
        if workers:
            break
        time.sleep(0.05)
    assert workers, "the query did not start"
    return workers


def _kill_all(proc: subprocess.Popen[str], pids: set[int]) -> None:
    """Whatever a failed assertion left running is killed, so no runaway query outlives a test."""
    import contextlib
    import os
    import signal

    for pid in (proc.pid, *pids):
        if not gone(pid):
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
    proc.communicate()


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_query_timeout_stops_a_cross_product(seed_out: Path, engine: str) -> None:
    """`kg query --timeout 2` stops a five-way cross product with one line, exit 2."""
    proc = _kg_query(
        CROSS, "--graph", str(seed_out / "graph.ttl"), "--engine", engine, "--timeout", "2"
    )
    out, err = proc.communicate(timeout=120)  # a hang fails here
    assert proc.returncode == 2
    assert "ran longer than 2 s and was stopped" in err
    assert len(err.strip().splitlines()) == 1
    assert out == ""


@pytest.mark.slow
def test_query_ctrl_c_stops_a_cross_product(seed_out: Path) -> None:
    """SIGINT to `kg query` (no timeout) stops it and the engine's process with one line."""
    import signal
    import time

    proc = _kg_query(CROSS, "--graph", str(seed_out / "graph.ttl"), "--timeout", "0")
    workers: set[int] = set()
    try:
        workers = _engine_pids(proc)
        time.sleep(0.5)  # let the engine get deep into the product (not a timing assertion)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 130
        assert "interrupted (Ctrl-C)" in err
        assert "Traceback" not in err
        assert all(gone(pid) for pid in workers)
    finally:
        _kill_all(proc, workers)


@pytest.mark.slow
@pytest.mark.parametrize("signum", ["SIGTERM", "SIGKILL"])
def test_query_stopped_kg_leaves_no_engine_running(seed_out: Path, signum: str) -> None:
    """`kg query` ended by SIGTERM (a service manager, `kill`) or SIGKILL takes the child that
    runs the engine with it: no cross product computes on without a parent."""
    import signal
    import time

    proc = _kg_query(CROSS, "--graph", str(seed_out / "graph.ttl"), "--timeout", "0")
    workers: set[int] = set()
    try:
        workers = _engine_pids(proc)
        time.sleep(0.5)
        proc.send_signal(getattr(signal, signum))
        proc.wait(timeout=60)
        for _ in range(100):  # bounded: the kernel ends the child once its parent is gone
            if all(gone(pid) for pid in workers):
                break
            time.sleep(0.1)
        assert all(gone(pid) for pid in workers)
    finally:
        _kill_all(proc, workers)


def test_query_error_positions_exclude_added_prefixes(seed_out: Path) -> None:
    """A syntax error on the first line of a one-line query is reported on line 1."""
    for engine in ("oxigraph", "rdflib"):
        with pytest.raises(QueryError, match=r"(1:26|line:1\b)"):
            run_query("SELECT ?x WHERE { ?x ?y }", graph=seed_out / "graph.ttl", engine=engine)


@pytest.mark.parametrize(
    "update",
    ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "PREFIX x: <urn:x>\nDROP ALL", "load <http://x>"],
)
def test_query_refuses_updates_with_one_line(seed_out: Path, update: str) -> None:
    """A SPARQL update is refused before any engine sees it."""
    with pytest.raises(QueryError, match="SPARQL update"):
        run_query(update, graph=seed_out / "graph.ttl")


def test_query_bad_iri_in_bind_names_the_value(seed_out: Path) -> None:
    """A bound IRI with spaces is a QueryError naming the binding."""
    with pytest.raises(QueryError, match="not an absolute IRI"):
        run_query(
            "SELECT ?s { ?s ?p ?o }", graph=seed_out / "graph.ttl", bindings=["s=<not an iri>"]
        )


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
