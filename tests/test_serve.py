"""`kg serve`: the real Oxigraph server over a store, on a loopback port, read-only."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from kg.sparql.serve import server_command
from kg.sparql.store import write_store
from tests.processes import child_pids, gone


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _closed(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return True
    return False


def _start(store: Path, *extra: str) -> tuple[subprocess.Popen[bytes], int]:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--store",
            str(store),
            "--bind",
            f"127.0.0.1:{port}",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):  # bounded wait for the server to listen
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    return proc, port


def _stop(proc: subprocess.Popen[bytes], port: int) -> None:
    """SIGTERM, as a service manager stops it: kg and its Oxigraph child end, the port closes."""
    children = child_pids(proc.pid)
    assert children, "kg serve runs Oxigraph as a child"
    proc.terminate()
    proc.wait(timeout=30)
    for _ in range(100):  # bounded: the child gets the signal forwarded
        if all(gone(c) for c in children):
            break
        time.sleep(0.1)
    assert all(gone(c) for c in children), "the Oxigraph child outlived kg serve"
    assert _closed(port)


@pytest.fixture
def store(seed_out: Path, tmp_path: Path) -> Path:
    write_store(seed_out / "graph.trig", tmp_path / "store")
    return tmp_path / "store"


@pytest.fixture
def server(store: Path):  # type: ignore[no-untyped-def]
    proc, port = _start(store)
    yield f"http://127.0.0.1:{port}"
    _stop(proc, port)


@pytest.mark.slow
def test_serve_answers_sparql_over_http(server: str) -> None:
    """A SPARQL 1.1 client (SPARQLWrapper) queries the endpoint and finds who met Putin."""
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + "/query")
    client.setQuery("""PREFIX kg: <https://kg.example.org/ontology#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?who WHERE { ?s kg:predicate kg:met ; kg:subject ?a ; kg:object ?b .
          { ?a skos:prefLabel "Vladimir Putin" . ?b skos:prefLabel ?who }
          UNION { ?b skos:prefLabel "Vladimir Putin" . ?a skos:prefLabel ?who } }""")
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]  # type: ignore[index,call-overload]
    assert "Steve Witkoff" in {r["who"]["value"] for r in rows}


@pytest.mark.slow
def test_serve_refuses_updates(server: str) -> None:
    """The endpoint is read-only: an UPDATE is refused."""
    data = b"update=INSERT DATA { <urn:a> <urn:b> <urn:c> }"
    request = urllib.request.Request(
        server + "/update", data=data, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=5)
    assert info.value.code in (403, 404, 405)


def test_serve_binds_to_loopback_with_a_timeout_by_default(seed_out: Path, tmp_path: Path) -> None:
    """The default command is read-only, on 127.0.0.1, with a query timeout."""
    write_store(seed_out / "graph.trig", tmp_path / "s")
    command = server_command(tmp_path / "s")
    assert "serve-read-only" in command
    assert command[command.index("--bind") + 1].startswith("127.0.0.1:")
    assert "--timeout-s" in command


@pytest.mark.slow
def test_serve_timeout_stops_a_cross_product_and_keeps_serving(store: Path) -> None:
    """`kg serve --timeout 2` answers a five-way cross product with 503, then serves again."""
    import urllib.parse

    proc, port = _start(store, "--timeout", "2")
    try:
        url = f"http://127.0.0.1:{port}/query?"
        cross = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q }"
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(url + urllib.parse.urlencode({"query": cross}), timeout=60)
        assert info.value.code == 503
        ok = None
        for _ in range(100):  # bounded: the engine is replaced in the background
            try:
                ok = urllib.request.urlopen(url + "query=ASK%7B%7D", timeout=5)
                break
            except urllib.error.HTTPError:
                time.sleep(0.1)
        assert ok is not None
        assert ok.status == 200
    finally:
        _stop(proc, port)


@pytest.mark.slow
def test_serve_refuses_service_and_sends_nothing(server: str, recorder: Any) -> None:
    """A client's SERVICE query is refused (403) by GET and POST; no request reaches the host."""
    import urllib.parse

    query = f"SELECT * {{ SERVICE <{recorder.url}/sparql> {{ ?s ?p ?o }} }}"
    requests = [
        urllib.request.Request(server + "/query?" + urllib.parse.urlencode({"query": query})),
        urllib.request.Request(
            server + "/query",
            data=query.encode(),
            headers={"Content-Type": "application/sparql-query"},
        ),
        urllib.request.Request(
            server + "/query",
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        ),
    ]
    for request in requests:
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(request, timeout=10)
        assert info.value.code == 403
    assert recorder.requests == []


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGHUP, signal.SIGKILL])
def test_serve_any_stop_signal_stops_the_oxigraph_child(store: Path, signum: int) -> None:
    """Ctrl-C, a hang-up or even SIGKILL of `kg serve` leave no Oxigraph child serving."""
    proc, port = _start(store)
    children = child_pids(proc.pid)
    assert children
    proc.send_signal(signum)
    proc.wait(timeout=30)
    for _ in range(100):  # bounded: the kernel or kg stops the child
        if all(gone(c) for c in children):
            break
        time.sleep(0.1)
    assert all(gone(c) for c in children)
    assert _closed(port)
