"""Exports: JSON Lines of relations and entities, RDF files, all written atomically
(temporary files in the same folder, renamed together once all are written) so a killed
build, a full disk or a read-only folder leaves the old files whole.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import events_jsonl
from kg.io.formats import TABLE_FORMATS
from kg.io.fsio import write_group
from kg.model import Entity, Relation


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old file or the new one, never half."""
    write_group([(path, lambda: text)])


def _ref(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "label": entity.label, "type": entity.type.value}


def relation_record(kg: KnowledgeGraph, relation: Relation) -> dict[str, Any]:
    """One relation in the JSON Lines shape."""
    q = relation.qualifiers
    ev = relation.evidence
    return {
        "subject": _ref(kg.entities[relation.subject]),
        "predicate": relation.predicate.value,
        "object": _ref(kg.entities[relation.object])
        if relation.object is not None
        else {"value": relation.value},
        "qualifiers": {
            "status": q.status.value,
            "date": q.date,
            "place": q.place,
            "title": q.title,
            "cameo": q.cameo,
            "event": q.event.value if q.event else None,
        },
        "evidence": None
        if ev is None
        else {"article": ev.article, "sentence": ev.sentence, "start": ev.start, "end": ev.end},
        "confidence": relation.confidence,
    }


def entity_record(entity: Entity) -> dict[str, Any]:
    """One entity in the JSON Lines shape."""
    return {
        "id": entity.id,
        "label": entity.label,
        "type": entity.type.value,
        "aliases": list(entity.aliases),
        "mentions": entity.mentions,
        "qid": entity.qid,
        "iso": entity.iso,
        "country": entity.country,
        "sector": entity.sector,
        "articles": list(entity.articles),
    }


def _lines(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)


def relations_jsonl(kg: KnowledgeGraph) -> str:
    return _lines([relation_record(kg, r) for r in kg.claims])


def entities_jsonl(kg: KnowledgeGraph) -> str:
    return _lines([entity_record(e) for e in sorted(kg.entities.values(), key=lambda e: e.id)])


def write_outputs(
    kg: KnowledgeGraph, out: Path, formats: tuple[str, ...] = ("turtle",), html: bool = True
) -> list[Path]:
    """Write every export of ``kg`` into ``out``; returns the files written."""
    from kg.io.formats import FORMATS, serialize

    files: list[tuple[Path, Callable[[], str]]] = [
        (out / f"graph.{FORMATS[fmt].suffix}", partial(serialize, kg, fmt))
        for fmt in formats
        if fmt not in TABLE_FORMATS
    ]
    files += [
        (out / "relations.jsonl", partial(relations_jsonl, kg)),
        (out / "entities.jsonl", partial(entities_jsonl, kg)),
        (out / "events.jsonl", partial(events_jsonl, kg)),
    ]
    if html:
        from kg.io.html import render_html

        files.append((out / "graph.html", partial(render_html, kg, page_dir=out)))
    for fmt in formats:
        if fmt in TABLE_FORMATS:
            files += TABLE_FORMATS[fmt].producers(kg, out)
    return write_group(files)  # all replaced together, or none
