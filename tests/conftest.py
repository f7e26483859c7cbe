"""Shared fixtures: the real pinned spaCy model, the seed's graph, and a built output folder."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

# a rule that raises fails the test that hit it (a build would report it and go on;
# ``kg.extract.stages.rule_failure``); the variable reaches worker processes too
os.environ["KG_RULE_ERRORS"] = "raise"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_b0de18ce0d959284.txt"
BENCHMARKS = ROOT.parent / "shared" / "benchmarks"

# (subject label, predicate, object label) of a claim
Triple = tuple[str, str, str]
# sentence, a claim it must make (or None), a claim it must not make (or None)
Case = tuple[str, Triple | None, Triple | None]


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The pinned English pipeline, loaded once."""
    from kg.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def seed_graph(nlp: Any) -> Any:
    """The seed article's graph, built with the real model."""
    from kg.api import build_result

    return build_result([SEEDS], nlp=nlp, strict=True).graph


@pytest.fixture(scope="session")
def seed_out(seed_graph: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every export of the seed's graph (Turtle, N-Triples, TriG, JSONL, HTML)."""
    from kg.io.export import write_outputs

    out = tmp_path_factory.mktemp("out")
    write_outputs(seed_graph, out, ("turtle", "nt", "trig"))
    return out


@pytest.fixture(scope="session")
def extract(nlp: Any) -> Any:
    """Build a graph from one or more sentences with the real model (published 2025-08-08)."""
    from kg.api import build_result

    def run(*texts: str, published: str = "2025-08-08") -> Any:
        return build_result(texts=list(texts), published=published, nlp=nlp).graph

    return run


def triples(graph: Any) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation with an entity object."""
    return {
        (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label)
        for r in graph.claims
        if r.object is not None
    }


def pairs(graph: Any, predicate: str) -> set[tuple[str, str]]:
    """(subject label, object label) of every relation of one predicate with an entity object."""
    return {(s, o) for s, p, o in triples(graph) if p == predicate}


def node_types(graph: Any) -> dict[str, str]:
    """Label -> type of every entity node."""
    return {e.label: e.type.value for e in graph.entities.values()}


def nodes_by_label(graph: Any) -> dict[str, Any]:
    """Label -> entity node (the last one, where two share a label)."""
    return {e.label: e for e in graph.entities.values()}


def labels_of_type(graph: Any, kind: str) -> set[str]:
    """The labels of every entity node of one type ("Group", "Person")."""
    return {e.label for e in graph.entities.values() if e.type.value == kind}


def mention_pairs(graph: Any, kind: str) -> set[tuple[str, str]]:
    """(lower-cased text, entity label) of every mention of one kind ("pronoun", "nominal")."""
    return {
        (m.text.lower(), graph.entities[entity_id].label)
        for entity_id, mentions in graph.mentions.items()
        for m in mentions
        if m.kind == kind
    }


def named_on(graph: Any, form: str) -> set[str]:
    """The labels of the nodes a lower-cased form is written on as a name."""
    return {label for written, label in mention_pairs(graph, "name") if written == form}


def assert_description_is(graph: Any, form: str, person: str) -> None:
    """A description is written on the named person's node alone, and makes no node of its own."""
    assert named_on(graph, form) == {person}
    assert not any(form in e.label.lower() for e in graph.entities.values())


def nodes_of(graph: Any, names: tuple[str, ...]) -> set[str]:
    """The ids of the nodes any of ``names`` is written on (name mentions or labels)."""
    ids = set()
    for entity_id, mentions in graph.mentions.items():
        written = {m.text for m in mentions} | {graph.entities[entity_id].label}
        if written & set(names):
            ids.add(entity_id)
    return ids


Stated = tuple[str, str]  # (speaker, the quote's first words)


def stated(graph: Any) -> set[Stated]:
    """(speaker, first three words of the quote) of every ``stated`` claim."""
    return {
        (graph.entities[r.subject].label, " ".join((r.value or "").split()[:3]))
        for r in graph.claims
        if r.predicate.value == "stated"
    }


def labelled(graph: Any, label: str) -> Any:
    """The graph's (first) entity with this label."""
    return next(e for e in graph.entities.values() if e.label == label)


def claims_between(graph: Any, subject: str, predicate: str, obj: str) -> list[Any]:
    """The claims of one predicate between two entities, found by their labels."""
    return [
        r
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == subject
        and r.predicate.value == predicate
        and graph.entities[r.object].label == obj
    ]


def statuses(graph: Any, triple: Triple) -> set[str]:
    """The statuses of the claims of one (subject label, predicate, object label) triple."""
    return {r.qualifiers.status.value for r in claims_between(graph, *triple)}


def check_kept_removed(graph: Any, kept: Triple | None, removed: Triple | None) -> None:
    """Assert the graph makes the ``kept`` triple and not the ``removed`` one (None: no check)."""
    found = triples(graph)
    if kept is not None:
        assert kept in found, found
    if removed is not None:
        assert removed not in found, found


def kept_removed_cases(
    kept: list[tuple[str, Any]], removed: list[tuple[str, Any]]
) -> list[tuple[str, Any, Any]]:
    """(text, kept, removed) cases for ``check_kept_removed`` from a table of (text, triple
    made) and one of (text, triple not made)."""
    return [(text, triple, None) for text, triple in kept] + [
        (text, None, triple) for text, triple in removed
    ]


def event_claim(graph: Any, subject: str, predicate: str, obj: str, event: str | None) -> Any:
    """The first claim of one predicate between two labels, asserted made (and, with an
    ``event``, asserted of that PLOVER event)."""
    found = claims_between(graph, subject, predicate, obj)
    assert found, sorted(
        (graph.entities[r.subject].label, r.predicate.value, r.object) for r in graph.claims
    )
    if event is not None:
        assert found[0].qualifiers.event is not None
        assert found[0].qualifiers.event.value == event
    return found[0]


def write_articles(folder: Path, texts: dict[str, str], names: Iterable[str]) -> list[Path]:
    """Write the named texts as ``<name>.txt`` articles into ``folder``; their paths."""
    folder.mkdir(exist_ok=True)
    paths = []
    for name in names:
        path = folder / f"{name}.txt"
        path.write_text(texts[name] + "\n", "utf-8")
        paths.append(path)
    return paths


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--regen-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current exporter (never automatic)",
    )


class Recorder:
    """A loopback HTTP server that records every request it receives (and answers with a
    tiny JSON-LD context), so a test can assert that nothing tried to reach the network."""

    def __init__(self) -> None:
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        seen: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self) -> None:
                seen.append(f"{self.command} {self.path}")
                body = b'{"@context": {"name": "http://schema.org/name"}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/ld+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer  # noqa: N815

        self.requests = seen
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.timeout = 5
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        self.guard = threading.Timer(600, self.httpd.shutdown)  # stops itself, whatever happens
        self.guard.daemon = True
        self.guard.start()

    def close(self) -> None:
        self.guard.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)


@pytest.fixture
def recorder() -> Any:
    """A loopback HTTP server on 127.0.0.1 that records requests; closed after the test."""
    server = Recorder()
    yield server
    server.close()
