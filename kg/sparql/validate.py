"""SHACL validation of an exported graph against the shapes shipped in ``kg/shapes.ttl``."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from rdflib import Graph


def shapes_graph() -> Graph:
    graph = Graph()
    graph.parse(
        data=resources.files("kg").joinpath("shapes.ttl").read_text("utf-8"), format="turtle"
    )
    return graph


def validate_graph(data: Any) -> tuple[bool, str]:
    """(conforms, report text) for an rdflib Graph."""
    from pyshacl import validate

    conforms, _, text = validate(data, shacl_graph=shapes_graph(), inference="none")
    return bool(conforms), str(text)


def validate_file(path: Path) -> tuple[bool, str]:
    """Validate an exported RDF file."""
    from kg.io.formats import read_rdf

    return validate_graph(read_rdf(path))
