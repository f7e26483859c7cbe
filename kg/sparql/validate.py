"""SHACL validation of an exported graph against the shapes shipped in ``kg/shapes.ttl``. The
shapes accept as ``kg:predicate`` the properties that the ontology (``kg/ontology.ttl``)
declares as ``kg:Relation``, so a new predicate is declared once; those declarations are
added to the data while it is checked (pyshacl's ``ont_graph`` copies only OWL and RDFS
axioms), and taken out again."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import RDF, Graph

from kg.vocab import KG


def _packaged(name: str) -> Graph:
    graph = Graph()
    graph.parse(data=resources.files("kg").joinpath(name).read_text("utf-8"), format="turtle")
    return graph


def shapes_graph() -> Graph:
    """The SHACL shapes (``kg/shapes.ttl``)."""
    return _packaged("shapes.ttl")


def ontology_graph() -> Graph:
    """The ontology (``kg/ontology.ttl``)."""
    return _packaged("ontology.ttl")


def validate_graph(data: Any) -> tuple[bool, str]:
    """(conforms, report text) for an rdflib Graph."""
    from pyshacl import validate

    relations = ontology_graph().triples((None, RDF.type, KG.Relation))
    added = [triple for triple in relations if triple not in data]
    for triple in added:
        data.add(triple)
    try:
        conforms, _, text = validate(data, shacl_graph=shapes_graph(), inference="none")
    finally:
        for triple in added:
            data.remove(triple)
    return bool(conforms), str(text)


def validate_file(path: Path) -> tuple[bool, str]:
    """Validate an exported RDF file."""
    from kg.io.formats import read_rdf

    return validate_graph(read_rdf(path))
