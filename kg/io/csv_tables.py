"""CSV export: a nodes table and an edges table, for spreadsheets, pandas and Gephi's
spreadsheet import (``id``/``label`` nodes, ``source``/``target`` edges).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from kg.graph.core import KnowledgeGraph

NODE_COLUMNS = (
    "id",
    "label",
    "type",
    "qid",
    "iso",
    "country",
    "sector",
    "aliases",
    "mentions",
    "articles",
)
EDGE_COLUMNS = (
    "id",
    "source",
    "target",
    "predicate",
    "status",
    "date",
    "place",
    "title",
    "cameo",
    "event",
    "confidence",
    "quote",
    "article",
    "sentence",
    "start",
    "end",
    "url",
)


def _table(columns: tuple[str, ...], rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def nodes_csv(kg: KnowledgeGraph) -> str:
    """One row per entity; several aliases or articles are joined with ``|``."""
    rows = [
        {
            "id": e.id,
            "label": e.label,
            "type": e.type.value,
            "qid": e.qid,
            "iso": e.iso,
            "country": e.country,
            "sector": getattr(e, "sector", None),
            "aliases": "|".join(e.aliases),
            "mentions": e.mentions,
            "articles": "|".join(e.articles),
        }
        for e in sorted(kg.entities.values(), key=lambda e: e.id)
    ]
    return _table(NODE_COLUMNS, rows)


def edges_csv(kg: KnowledgeGraph) -> str:
    """One row per claim; a quote (``stated``) has no target and its text in ``quote``."""
    from kg.io.graphml import event_type
    from kg.io.rdf import statement_id

    rows = []
    for r in kg.claims:
        q = r.qualifiers
        ev = r.evidence
        article = kg.articles.get(ev.article) if ev else None
        rows.append(
            {
                "id": statement_id(r),
                "source": r.subject,
                "target": r.object,
                "predicate": r.predicate.value,
                "status": q.status.value,
                "date": q.date,
                "place": q.place,
                "title": q.title,
                "cameo": q.cameo,
                "event": event_type(r),
                "confidence": r.confidence,
                "quote": r.value,
                "article": ev.article if ev else None,
                "sentence": ev.sentence if ev else None,
                "start": ev.start if ev else None,
                "end": ev.end if ev else None,
                "url": article.url if article else None,
            }
        )
    return _table(EDGE_COLUMNS, rows)


def write_csv(kg: KnowledgeGraph, folder: Path) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``folder`` (atomically); returns both."""
    from kg.io.export import write_atomic

    written = []
    for name, text in (("nodes.csv", nodes_csv(kg)), ("edges.csv", edges_csv(kg))):
        write_atomic(folder / name, text)
        written.append(folder / name)
    return written
