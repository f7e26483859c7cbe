"""GraphML export, the graph format that Gephi, Cytoscape, yEd, igraph and Neo4j (APOC
``apoc.import.graphml``) read: every attribute flattened to a typed GraphML key.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.graph.core import KnowledgeGraph
from kg.model import Entity, Relation
from kg.vocab import plover_of_cameo


def event_type(relation: Relation) -> str | None:
    """The PLOVER event type of a claim: its own when the model carries one, else from its
    CAMEO code."""
    own = getattr(relation.qualifiers, "event", None)
    if own:
        return str(getattr(own, "value", own))
    found = plover_of_cameo(relation.qualifiers.cameo)
    return found.value if found is not None else None


def _node(entity: Entity, quotes: int) -> dict[str, Any]:
    sector = getattr(entity, "sector", None)
    values: dict[str, Any] = {
        "label": entity.label,
        "type": entity.type.value,
        # Neo4j's APOC import (readLabels) turns ":Person" into the node label
        "labels": f":{entity.type.value}",
        "qid": entity.qid,
        "iso": entity.iso,
        "country": entity.country,
        "sector": str(sector) if sector else None,
        "aliases": "|".join(entity.aliases) or None,
        "mentions": entity.mentions,
        "articles": len(entity.articles),
        "quotes": quotes,
    }
    return {k: v for k, v in values.items() if v is not None}


def _edge(kg: KnowledgeGraph, relation: Relation) -> dict[str, Any]:
    q = relation.qualifiers
    ev = relation.evidence
    values: dict[str, Any] = {
        # Gephi shows `label`; APOC uses it as the relationship type
        "label": relation.predicate.value,
        "predicate": relation.predicate.value,
        "status": q.status.value,
        "date": q.date,
        "place": q.place,
        "title": q.title,
        "cameo": q.cameo,
        "event": event_type(relation),
        "confidence": float(relation.confidence),
        "article": ev.article if ev else None,
        "sentence": ev.sentence if ev else None,
        "start": ev.start if ev else None,
        "end": ev.end if ev else None,
        "url": kg.articles[ev.article].url if ev and ev.article in kg.articles else None,
    }
    return {k: v for k, v in values.items() if v is not None}


def to_graphml_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A MultiDiGraph whose attributes are all strings, integers or floats (what GraphML
    can type). Quotes (``stated``) have no object node: they are counted on the speaker."""
    quotes: dict[str, int] = {}
    for r in kg.claims:
        if r.object is None:
            quotes[r.subject] = quotes.get(r.subject, 0) + 1
    graph = nx.MultiDiGraph()
    for entity in sorted(kg.entities.values(), key=lambda e: e.id):
        graph.add_node(entity.id, **_node(entity, quotes.get(entity.id, 0)))
    for r in kg.claims:
        if r.object is not None:
            from kg.io.rdf import statement_id

            graph.add_edge(r.subject, r.object, key=statement_id(r), **_edge(kg, r))
    return graph


def graphml_text(kg: KnowledgeGraph) -> str:
    """The GraphML document of ``kg``; same graph, same bytes."""
    return "\n".join(nx.generate_graphml(to_graphml_graph(kg), prettyprint=True)) + "\n"


def write_graphml(kg: KnowledgeGraph, path: Path) -> Path:
    """Write ``kg`` as GraphML to ``path`` (atomically); returns the path."""
    from kg.io.export import write_atomic

    write_atomic(path, graphml_text(kg))
    return path
