"""Exports: JSON Lines of relations and entities, RDF files, all written atomically
(temporary files in the same folder, renamed together once all are written) so a killed
build, a full disk or a read-only folder leaves the old files whole. The graph files and the
JSON Lines are streamed to disk record by record, never held whole in memory.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import IO, Any, TypeAlias

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import event_record, fuse_events
from kg.io.formats import TABLE_FORMATS
from kg.io.fsio import Streamed, write_group
from kg.io.ownership import PAGE_NAME, check_targets
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


def _line(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n"


def relation_records(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """Every claim in the JSON Lines shape, in the graph's order, one at a time."""
    return (relation_record(kg, r) for r in kg.claims)


def entity_records(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """Every entity in the JSON Lines shape, by id."""
    return (entity_record(kg.entities[k]) for k in sorted(kg.entities))


def event_records(kg: KnowledgeGraph) -> Iterator[dict[str, Any]]:
    """Every fused event in the JSON Lines shape, by id (``kg.graph.fusion``)."""
    return (event_record(kg, e) for e in fuse_events(kg))


def relations_jsonl(kg: KnowledgeGraph) -> str:
    return "".join(map(_line, relation_records(kg)))


def entities_jsonl(kg: KnowledgeGraph) -> str:
    return "".join(map(_line, entity_records(kg)))


def stream_lines(records: Callable[[], Iterable[dict[str, Any]]]) -> Streamed:
    """A JSON Lines file written record by record (never one string of the whole file)."""

    def write(handle: IO[bytes]) -> None:
        for record in records():
            handle.write(_line(record).encode("utf-8"))

    return Streamed(write)


Content: TypeAlias = Callable[[KnowledgeGraph], "str | Streamed"]


def export_files(
    out: Path, formats: tuple[str, ...] = ("turtle",), html: bool = True
) -> list[tuple[Path, Content]]:
    """Each file ``write_outputs`` writes into ``out``, with what makes its content from the
    graph: known before the graph is, so a command checks its targets before any work."""
    from kg.io.formats import FORMATS

    files: list[tuple[Path, Content]] = [
        (out / f"graph.{FORMATS[fmt].suffix}", FORMATS[fmt].content)
        for fmt in formats
        if fmt not in TABLE_FORMATS
    ]
    files += [
        (out / "relations.jsonl", partial(_lines, relation_records)),
        (out / "entities.jsonl", partial(_lines, entity_records)),
        (out / "events.jsonl", partial(_lines, event_records)),
    ]
    if html:
        files.append((out / PAGE_NAME, partial(_page, out)))
    for fmt in formats:
        if fmt in TABLE_FORMATS:
            files += TABLE_FORMATS[fmt].producers(out)
    return files


def _lines(
    records: Callable[[KnowledgeGraph], Iterable[dict[str, Any]]], kg: KnowledgeGraph
) -> Streamed:
    return stream_lines(partial(records, kg))


def _page(out: Path, kg: KnowledgeGraph) -> str:
    from kg.io.html import render_html

    return render_html(kg, page_dir=out)


def check_outputs(out: Path, formats: tuple[str, ...] = ("turtle",), html: bool = True) -> None:
    """Refuse, before a build or an update starts, to replace a file in ``out`` that kg did
    not write (``kg.io.ownership.check_targets``)."""
    check_targets(path for path, _ in export_files(out, formats, html))


def write_outputs(
    kg: KnowledgeGraph, out: Path, formats: tuple[str, ...] = ("turtle",), html: bool = True
) -> list[Path]:
    """Write every export of ``kg`` into ``out``; returns the files written."""
    from kg.io.formats import FORMATS, serialize

    for fmt in formats:
        if fmt not in FORMATS and fmt not in TABLE_FORMATS:
            serialize(kg, fmt)  # the error naming the formats
    files = export_files(out, formats, html)
    return write_group([(path, partial(make, kg)) for path, make in files])  # all, or none
