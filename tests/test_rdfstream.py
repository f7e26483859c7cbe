"""Streamed RDF exports: the same triples as the rdflib view, in every format, deterministic,
valid for both parsers, written without building an rdflib graph."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.graph.core import KnowledgeGraph
from kg.io.export import write_outputs
from kg.io.formats import load_graph, read_rdf
from kg.io.rdf import to_dataset, to_rdf
from kg.io.rdfstream import rdf_quads, write_rdf
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.sparql.validate import validate_graph
from kg.vocab import EntityType, Predicate, mint_entity_id

PARSERS = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads"}


def _written(graph: Any, fmt: str) -> bytes:
    buffer = io.BytesIO()
    write_rdf(graph, fmt, buffer)
    return buffer.getvalue()


def _quads(dataset: Dataset) -> set[tuple[Any, ...]]:
    return {(s, p, o, str(getattr(g, "identifier", g))) for s, p, o, g in dataset.quads()}


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_rdfstream_triples_equal_the_rdflib_view(seed_graph: Any, fmt: str) -> None:
    """Streamed Turtle and N-Triples hold exactly the triples of ``to_rdf``."""
    text = _written(seed_graph, fmt).decode("utf-8")
    assert isomorphic(Graph().parse(data=text, format=PARSERS[fmt]), to_rdf(seed_graph))


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_rdfstream_quads_equal_the_rdflib_dataset(seed_graph: Any, fmt: str) -> None:
    """Streamed TriG and N-Quads put every triple in the same graph as ``to_dataset``."""
    dataset = Dataset()
    dataset.parse(data=_written(seed_graph, fmt).decode("utf-8"), format=PARSERS[fmt])
    assert _quads(dataset) == _quads(to_dataset(seed_graph))


def test_rdfstream_writes_each_named_graph_once(seed_graph: Any) -> None:
    """TriG opens one block per article: claims are taken article by article."""
    text = _written(seed_graph, "trig").decode("utf-8")
    blocks = [line for line in text.splitlines() if line.endswith("{")]
    assert len(blocks) == len(set(blocks)) == len({r.evidence.article for r in seed_graph.claims})


def test_rdfstream_output_is_deterministic_with_sorted_prefixes(seed_graph: Any) -> None:
    """Two writes give the same bytes; the prefix lines come first, sorted by prefix."""
    first, second = _written(seed_graph, "turtle"), _written(seed_graph, "turtle")
    assert first == second
    head = first.decode("utf-8").split("\n\n", 1)[0].splitlines()
    assert head == sorted(head)
    assert all(line.startswith("@prefix ") for line in head)
    assert len(head) == 14


def test_rdfstream_export_validates_and_loads_back(seed_graph: Any, tmp_path: Path) -> None:
    """The streamed files conform to the SHACL shapes and load back to the same graph."""
    write_outputs(seed_graph, tmp_path, ("turtle", "trig", "nt", "nq"), html=False)
    for name in ("graph.ttl", "graph.trig", "graph.nt", "graph.nq"):
        conforms, report = validate_graph(read_rdf(tmp_path / name))
        assert conforms, (name, report)
        assert load_graph(tmp_path / name) == seed_graph, name


def test_rdfstream_exports_build_no_rdflib_graph(
    seed_graph: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing the RDF exports never adds a triple to an rdflib graph."""

    def refuse(*_: Any, **__: Any) -> None:
        raise AssertionError("an rdflib graph was built")

    monkeypatch.setattr(rdflib.Graph, "add", refuse)
    written = write_outputs(seed_graph, tmp_path, ("turtle", "trig", "nt"), html=False)
    assert {p.name for p in written} >= {"graph.ttl", "graph.trig", "graph.nt"}


def test_rdfstream_quads_are_a_lazy_stream(seed_graph: Any) -> None:
    """``rdf_quads`` is an iterator: the first quad comes before the claims are read."""
    read: list[Relation] = []

    class Claims:
        def __iter__(self) -> Any:
            for claim in seed_graph.claims:
                read.append(claim)
                yield claim

    class Data:
        entities = seed_graph.entities
        articles = seed_graph.articles
        claims = Claims()

    quads = rdf_quads(Data())  # type: ignore[arg-type]
    assert not read
    assert next(quads) is not None


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(label=_TEXT, quote=_TEXT, confidence=st.floats(0.0, 1.0))
def test_rdfstream_escapes_any_text_and_round_trips(
    label: str, quote: str, confidence: float
) -> None:
    """Any label, quote and confidence survives Turtle and N-Quads back to the same graph."""
    eid = mint_entity_id(label, EntityType.PERSON)
    other = mint_entity_id(label + "x", EntityType.ORGANIZATION)
    ev = Evidence("a", quote, 0, 1)
    kg = KnowledgeGraph(
        {
            eid: Entity(eid, label, EntityType.PERSON, (label + "!",), mentions=1),
            other: Entity(other, label + "x", EntityType.ORGANIZATION, mentions=1),
        },
        [
            Relation(eid, Predicate.MEMBER_OF, other, Qualifiers(title=quote), ev, confidence),
            Relation(eid, Predicate.STATED, None, Qualifiers(), ev, 0.5, value=quote),
        ],
    )
    for fmt in ("turtle", "nq"):
        text = _written(kg, fmt).decode("utf-8")
        if fmt == "nq":
            dataset = Dataset()
            dataset.parse(data=text, format="nquads")
            graph = Graph()
            for s, p, o, _ in dataset.quads():
                graph.add((s, p, o))
        else:
            graph = Graph().parse(data=text, format="turtle")
        back = KnowledgeGraph.from_rdflib(graph)
        assert back.entities[eid].label == label
        assert back == kg


def test_rdfstream_golden_holds_the_rdflib_view_triples() -> None:
    """tests/golden/small.ttl (streamed) is the same graph as rdflib's view of that graph."""
    from tests.test_export import GOLDEN, _small_graph

    golden = Graph().parse(data=GOLDEN.read_text("utf-8"), format="turtle")
    assert isomorphic(golden, to_rdf(_small_graph()))
