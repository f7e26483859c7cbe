"""`kg serve`: the real Oxigraph server over a store, on a loopback port, read-only."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.sparql.serve import server_command
from kg.sparql.store import write_store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(seed_out: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    store = tmp_path / "store"
    write_store(seed_out / "graph.trig", store)
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
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):  # bounded wait for the server to listen
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=1)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


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
