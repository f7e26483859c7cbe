"""RDF: SHACL-valid, parseable by rdflib and pyoxigraph to the same graph, round-trips to the
same KnowledgeGraph, and stays safe for any Unicode label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.graph.core import KnowledgeGraph
from kg.io.formats import load_graph, serialize
from kg.io.rdf import to_rdf
from kg.model import Entity, Evidence, Qualifiers, Relation
from kg.sparql.validate import validate_graph
from kg.vocab import EntityType, Predicate, entity_iri, mint_entity_id


def _oxigraph_to_rdflib(path: Path, fmt: Any) -> Graph:
    """Parse with pyoxigraph, then hand its N-Triples to rdflib for comparison."""
    store = ox.Store()
    store.load(path=str(path), format=fmt)
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
    return Graph().parse(data=text.decode("utf-8"), format="nt")


def test_rdf_seed_validates_against_shacl(seed_graph: Any) -> None:
    """The seed's graph conforms to kg/shapes.ttl."""
    conforms, report = validate_graph(to_rdf(seed_graph))
    assert conforms, report


def test_rdf_shapes_catch_a_broken_statement(seed_graph: Any) -> None:
    """A statement with a bad status and no article does not conform (the shapes can fail)."""
    from kg.vocab import KG

    graph = to_rdf(seed_graph)
    node = next(iter(graph.subjects(KG.status, None)))
    graph.remove((node, KG.status, None))
    graph.add((node, KG.status, Literal("rumoured")))
    graph.remove((node, KG.article, None))
    conforms, _ = validate_graph(graph)
    assert not conforms


def test_rdf_shapes_refuse_a_predicate_the_ontology_does_not_declare(seed_graph: Any) -> None:
    """A statement whose kg:predicate is not a kg:Relation of the ontology does not conform."""
    from kg.vocab import KG

    graph = to_rdf(seed_graph)
    assert validate_graph(graph)[0]
    node = next(iter(graph.subjects(KG.predicate, None)))
    graph.remove((node, KG.predicate, None))
    graph.add((node, KG.predicate, KG.subject))  # a kg property, but not a relation
    conforms, report = validate_graph(graph)
    assert not conforms
    assert "Relation" in report


def test_rdf_event_is_a_plover_concept_and_round_trips(seed_graph: Any) -> None:
    """Interactions carry kg:event, a concept of the PLOVER scheme, read back as the same
    EventType; a value outside the scheme does not conform."""
    from kg.vocab import KG, PLOVER_NS, EventType

    graph = to_rdf(seed_graph)
    events = set(graph.objects(None, KG.event))
    assert events
    assert events <= {t.iri for t in EventType}
    back = KnowledgeGraph.from_rdflib(graph)
    assert [r.qualifiers.event for r in back.claims] == [
        r.qualifiers.event for r in seed_graph.claims
    ]
    assert {r.qualifiers.event for r in seed_graph.claims if not r.predicate.interaction} == {None}
    node = next(iter(graph.subjects(KG.event, None)))
    graph.remove((node, KG.event, None))
    graph.add((node, KG.event, PLOVER_NS["FIGHT"]))
    conforms, _ = validate_graph(graph)
    assert not conforms


def test_rdf_rdflib_and_pyoxigraph_parse_to_isomorphic_graphs(seed_out: Path) -> None:
    """graph.ttl read by rdflib and by pyoxigraph gives the same graph."""
    by_rdflib = Graph().parse(seed_out / "graph.ttl", format="turtle")
    by_oxigraph = _oxigraph_to_rdflib(seed_out / "graph.ttl", ox.RdfFormat.TURTLE)
    assert len(by_rdflib) == len(by_oxigraph)
    assert isomorphic(by_rdflib, by_oxigraph)


def test_rdf_no_blank_nodes(seed_out: Path) -> None:
    """Exported data has no blank nodes."""
    from rdflib import BNode

    graph = Graph().parse(seed_out / "graph.ttl", format="turtle")
    assert not any(isinstance(t, BNode) for triple in graph for t in triple)


def test_rdf_every_relation_is_a_direct_triple_and_a_statement(seed_graph: Any) -> None:
    """`:witkoff kg:met :putin` exists beside its statement node."""
    graph = to_rdf(seed_graph)
    witkoff, putin = seed_graph.entity("Witkoff"), seed_graph.entity("Putin")
    assert (entity_iri(witkoff.id), Predicate.MET.iri, entity_iri(putin.id)) in graph


def test_rdf_load_equals_build(seed_graph: Any, seed_out: Path) -> None:
    """Loading the Turtle, N-Triples or TriG gives the graph that was built."""
    for name in ("graph.ttl", "graph.nt", "graph.trig"):
        assert load_graph(seed_out / name) == seed_graph, name


def test_rdf_trig_has_one_named_graph_per_article(seed_out: Path) -> None:
    """Claims sit in a named graph per article, so one article's claims can be removed."""
    from rdflib import Dataset

    dataset = Dataset()
    dataset.parse(seed_out / "graph.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert "https://kg.example.org/article/000_b0de18ce0d959284" in names


def test_rdf_iris_are_stable() -> None:
    """The same label and type always mint the same id; QIDs are used when known."""
    assert mint_entity_id("Kirill Dmitriev", EntityType.PERSON) == mint_entity_id(
        "Kirill Dmitriev", EntityType.PERSON
    )
    assert mint_entity_id("Vladimir Putin", EntityType.PERSON, "Q7747") == "Q7747"
    assert mint_entity_id("A B", EntityType.PERSON) != mint_entity_id("A-B", EntityType.PERSON)


labels = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


@settings(max_examples=60, deadline=None)
@given(label=labels, quote=labels)
def test_rdf_any_unicode_label_round_trips(label: str, quote: str) -> None:
    """Quotes, brackets, backslashes, newlines, emoji, RTL text: both parsers read it back."""
    eid = mint_entity_id(label, EntityType.PERSON)
    other = mint_entity_id(label + "x", EntityType.ORGANIZATION)
    e = Entity(eid, label, EntityType.PERSON, (label + "!",), mentions=1)
    o = Entity(other, label + "x", EntityType.ORGANIZATION, mentions=1)
    ev = Evidence("a", quote, 0, 1)
    kg = KnowledgeGraph(
        {eid: e, other: o},
        [
            Relation(eid, Predicate.MEMBER_OF, other, Qualifiers(title=quote), ev, 0.5),
            Relation(eid, Predicate.STATED, None, Qualifiers(), ev, 0.5, value=quote),
        ],
    )
    text = serialize(kg, "turtle")
    back = KnowledgeGraph.from_rdflib(Graph().parse(data=text, format="turtle"))
    assert back.entities[eid].label == label
    assert back == kg
    store = ox.Store()
    store.load(input=text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    found = {
        q.object.value
        for q in store.quads_for_pattern(
            ox.NamedNode(str(entity_iri(eid))),
            ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
            None,
        )
    }
    assert found == {label}
    assert URIRef(entity_iri(eid)).n3()  # a valid IRI


def test_rdf_module_does_not_import_the_graph() -> None:
    """No import cycle between the graph and its RDF view: importing ``kg.io.rdf`` (and the
    streamed writer) in a fresh interpreter loads no module of ``kg.graph``, while the graph
    imports the RDF view."""
    import subprocess
    import sys

    probe = (
        "import sys, kg.io.rdf, kg.io.rdfstream; "
        "print(sorted(m for m in sys.modules if m.startswith('kg.graph')))"
    )
    alone = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert alone.returncode == 0, alone.stderr
    assert alone.stdout.strip() == "[]"
    graph = subprocess.run(
        [sys.executable, "-c", "import sys, kg.graph.core; print('kg.io.rdf' in sys.modules)"],
        capture_output=True,
        text=True,
    )
    assert graph.stdout.strip() == "True", graph.stderr
