"""Exports: JSON Lines of relations and entities, RDF files, all written atomically
(a temporary file in the same folder, then a rename) so a killed build leaves the old files.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from kg.graph import KnowledgeGraph
from kg.model import Entity, Relation


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so readers see the old file or the new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; exports are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    from kg.rdf import FORMATS, serialize

    written = []
    for fmt in formats:
        path = out / f"graph.{FORMATS[fmt]}"
        write_atomic(path, serialize(kg, fmt))
        written.append(path)
    for name, text in (
        ("relations.jsonl", relations_jsonl(kg)),
        ("entities.jsonl", entities_jsonl(kg)),
    ):
        write_atomic(out / name, text)
        written.append(out / name)
    if html:
        from kg.html import render_html

        write_atomic(out / "graph.html", render_html(kg))
        written.append(out / "graph.html")
    return written
