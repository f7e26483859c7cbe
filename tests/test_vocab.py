"""The vocabulary is defined once: the ontology and the SHACL shapes cover every predicate,
status, entity type and PLOVER type, and declare nothing the vocabulary lacks."""

from __future__ import annotations

from importlib import resources

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.vocab import (
    KG,
    PLOVER_NS,
    EntityType,
    EventType,
    Predicate,
    Status,
    plover_of_cameo,
)


def _ttl(name: str) -> Graph:
    return Graph().parse(data=resources.files("kg").joinpath(name).read_text("utf-8"))


ONTOLOGY = _ttl("ontology.ttl")
SHAPES = _ttl("shapes.ttl")


def _one_of(datatype: URIRef) -> set[str]:
    head = ONTOLOGY.value(datatype, OWL.oneOf)
    assert head is not None, datatype
    return {str(x) for x in Collection(ONTOLOGY, head)}


def _shape_in(path: URIRef) -> set[str]:
    for prop in SHAPES.subjects(SH.path, path):
        head = SHAPES.value(prop, SH["in"])
        if head is not None:
            return {str(x) for x in Collection(SHAPES, head)}
    raise AssertionError(f"no sh:in for {path}")


def test_vocab_ontology_declares_every_predicate_with_its_symmetry() -> None:
    """Each Predicate is a labelled property; owl:SymmetricProperty exactly when symmetric."""
    for p in Predicate:
        types = set(ONTOLOGY.objects(p.iri, RDF.type))
        assert types & {OWL.ObjectProperty, OWL.DatatypeProperty}, p
        assert ONTOLOGY.value(p.iri, RDFS.label) is not None, p
        assert (OWL.SymmetricProperty in types) == p.symmetric, p


def test_vocab_ontology_and_shapes_list_statuses_and_entity_types() -> None:
    """The status and entity-type value sets of ontology and shapes equal the enums."""
    assert _one_of(KG.StatusValue) == {s.value for s in Status}
    assert _shape_in(KG.status) == {s.value for s in Status}
    assert _one_of(KG.EntityTypeValue) == {t.value for t in EntityType}
    assert _shape_in(KG.entityType) == {t.value for t in EntityType}
    for t in EntityType:  # kg's own classes are declared; schema.org's are external
        if t.rdf_class.startswith(str(KG._NS)):
            assert (t.rdf_class, RDF.type, OWL.Class) in ONTOLOGY


def test_vocab_plover_scheme_and_shapes_hold_the_16_types() -> None:
    """kg:PloverEventTypes holds one labelled, defined concept per EventType; the shapes
    allow exactly those as kg:event, and every predicate the statements may use."""
    concepts = set(ONTOLOGY.subjects(SKOS.inScheme, KG.PloverEventTypes))
    assert concepts == {t.iri for t in EventType}
    for t in EventType:
        assert ONTOLOGY.value(t.iri, SKOS.prefLabel) is not None
        assert ONTOLOGY.value(t.iri, SKOS.definition) is not None
        assert ONTOLOGY.value(t.iri, SKOS.notation) == Literal(t.value)
    assert _shape_in(KG.event) == {str(t.iri) for t in EventType}


def test_vocab_relations_are_declared_once_in_the_ontology() -> None:
    """The ontology's kg:Relation instances are exactly the Predicates, and the shapes accept
    as kg:predicate the instances of kg:Relation (no second list to keep in step)."""
    assert set(ONTOLOGY.subjects(RDF.type, KG.Relation)) == {p.iri for p in Predicate}
    shapes = [s for s in SHAPES.subjects(SH.path, KG.predicate)]
    assert len(shapes) == 2  # statements and fused events
    assert {SHAPES.value(s, SH["class"]) for s in shapes} == {KG.Relation}
    assert all(SHAPES.value(s, SH["in"]) is None for s in shapes)


def test_vocab_ontology_declares_nothing_the_vocabulary_lacks() -> None:
    """Every kg: and plover: term the ontology describes is a term of kg.vocab, and every
    term of the KG namespace is described."""
    known = {str(KG._NS) + name for name in KG.__annotations__}
    described = {s for s in ONTOLOGY.subjects(RDFS.label, None) if isinstance(s, URIRef)}
    described |= {s for s in ONTOLOGY.subjects(SKOS.prefLabel, None) if isinstance(s, URIRef)}
    ours = {str(s) for s in described if str(s).startswith(str(KG._NS))}
    assert ours == known
    plover = {str(s) for s in described if str(s).startswith(str(PLOVER_NS))}
    assert plover == {str(t.iri) for t in EventType}
    assert {p.value for p in Predicate} <= set(KG.__annotations__)


def test_vocab_every_plover_type_has_a_predicate() -> None:
    """Each PLOVER type is carried by some predicate; roles, places and quotes carry none."""
    carried = {t for p in Predicate for t in p.events}
    assert carried == set(EventType)
    assert not Predicate.LEADER_OF.events
    assert not Predicate.STATED.events


@pytest.mark.parametrize(
    ("cameo", "event"),
    [
        ("010", None),
        ("036", EventType.AGREE),
        ("042", EventType.CONSULT),
        ("0571", EventType.AGREE),
        ("051", EventType.SUPPORT),
        ("0874", EventType.RETREAT),
        ("081", EventType.CONCEDE),
        ("112", EventType.ACCUSE),
        ("174", EventType.COERCE),
        ("195", EventType.ASSAULT),
        (None, None),
    ],
)
def test_vocab_plover_of_cameo(cameo: str | None, event: EventType | None) -> None:
    """A CAMEO code maps to its PLOVER type by its longest known prefix."""
    assert plover_of_cameo(cameo) is event
