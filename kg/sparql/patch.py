"""Exports of an update, patched: the previous export files are copied part by part and only
the parts the update changed are serialized again (with ``kg.io.rdfstream``'s quads and
serializers), so that each file is, byte for byte, the one a full build writes.

A part is an entity, an article or an event node, a claim (Turtle, JSON Lines) or an
article's named graph (TriG): the units of ``kg.sparql.state.changes``. The previous files
are used only when they are the very files the last update wrote (same inode, size and
time, saved in the state) and split into exactly the parts that state says they hold;
otherwise the file is written whole.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyoxigraph as ox

    from kg.graph.core import KnowledgeGraph
    from kg.model import Relation
    from kg.sparql.state import Changes, StoreState

# the files patched, by name: the RDF ones by the format that writes them
RDF_FILES = {"graph.ttl": "turtle", "graph.trig": "trig"}
LINE_FILES = ("relations.jsonl", "events.jsonl")
# a Turtle or TriG part starts at a line that is not indented (nor a named graph's end)
_START = re.compile(rb"\n(?=[^\t }])")

FileId = tuple[int, int, int]  # inode, size, modification time (ns)


@dataclass
class Layout:
    """What the exports written with a state hold: each claim's statement id, article and
    whether it has an entity object (a direct triple), in the graph's order; and the
    identity of each file as written."""

    claims: list[tuple[str, str, bool]] = field(default_factory=list)
    files: dict[str, FileId] = field(default_factory=dict)


def layout_of(graph: KnowledgeGraph) -> Layout:
    """The claims part of a graph's layout (files are added once written)."""
    return Layout(
        [
            (r.statement_id, r.evidence.article if r.evidence else "unknown", r.object is not None)
            for r in graph.claims
        ]
    )


def file_id(path: Path) -> FileId | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def note_files(layout: Layout, out: Path) -> None:
    """Remember the export files in ``out`` as the ones written for this layout."""
    for name in (*RDF_FILES, *LINE_FILES):
        found = file_id(out / name)
        if found is not None:
            layout.files[name] = found


def _previous(out: Path, name: str, old: StoreState) -> bytes | None:
    layout = old.layout
    if layout is None or layout.files.get(name) is None:
        return None
    if file_id(out / name) != layout.files[name]:
        return None
    return (out / name).read_bytes()


def _blocks(body: bytes) -> list[bytes]:
    starts = [0, *(m.end() for m in _START.finditer(body))]
    return [body[a:b] for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]


# -- RDF ----------------------------------------------------------------------------------
Unit = tuple[str, str]  # (kind, key): kind is entity, article, event, claim or graph


def _units(state: StoreState, named: bool) -> Iterator[tuple[Unit, int]]:
    """The parts of a state's Turtle (or TriG, ``named``) file in order, with the number of
    top-level blocks each is written as."""
    assert state.layout is not None
    for key in sorted(state.entities):
        yield ("entity", key), 1
    for key in sorted(state.articles):
        yield ("article", key), 1
    for key in state.events:
        yield ("event", key), 1
    if named:
        for article in sorted({a for _, a, _ in state.layout.claims}):
            yield ("graph", article), 1
    else:
        for statement, _, direct in state.layout.claims:
            yield ("claim", statement), 2 if direct else 1


def _header() -> bytes:
    from kg.io.rdfstream import _HEADER

    return _HEADER + b"\n"


def _fresh(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Quads serialized as a piece of a kg file: no prefix lines."""
    import pyoxigraph as ox

    from kg.io.rdfstream import _HEADER, FORMATS, PREFIX_IRIS

    kind = FORMATS[fmt]
    stream: Iterable[Any] = quads if kind.supports_datasets else (q.triple for q in quads)
    buffer = io.BytesIO()
    ox.serialize(stream, buffer, kind, prefixes=PREFIX_IRIS)
    data = buffer.getvalue()
    head = data[: len(_HEADER)]
    if sorted(head.splitlines()) != sorted(_HEADER.splitlines()):
        raise ValueError("unexpected Turtle header from pyoxigraph")
    return data[len(_HEADER) :]


@dataclass
class _Index:
    """The new graph's claims by statement id and by article (made once per update)."""

    by_statement: dict[str, Relation]
    by_article: dict[str, list[Relation]]


def _index(graph: KnowledgeGraph, state: StoreState) -> _Index:
    assert state.layout is not None
    by_statement: dict[str, Relation] = {}
    by_article: dict[str, list[Relation]] = {}
    for relation, (statement, article, _) in zip(graph.claims, state.layout.claims, strict=True):
        by_statement[statement] = relation
        by_article.setdefault(article, []).append(relation)
    return _Index(by_statement, by_article)


def _unit_quads(
    graph: KnowledgeGraph,
    state: StoreState,
    units: list[Unit],
    places: dict[str, str],
    index: _Index,
) -> Iterator[ox.Quad]:
    from kg.graph.core import KnowledgeGraph
    from kg.io.rdfstream import claim_quads, default_quads

    kind = units[0][0]
    keys = [k for _, k in units]
    if kind == "entity":
        part = KnowledgeGraph({k: graph.entities[k] for k in keys}, [])
        codes = {k: state.codes.get(k, ()) for k in keys}
        yield from default_quads(part, [], codes, places)
    elif kind == "article":
        part = KnowledgeGraph({}, [], {k: graph.articles[k] for k in keys})
        yield from default_quads(part, [], {}, places)
    elif kind == "event":
        events = [state.events[k] for k in keys]
        yield from default_quads(KnowledgeGraph({}, []), events, {}, places)
    elif kind == "claim":
        yield from claim_quads([index.by_statement[k] for k in keys], places, named=False)
    else:  # an article's claims are in the graph's order, which is theirs in the file
        yield from claim_quads([r for k in keys for r in index.by_article.get(k, ())], places)


def _patch_rdf(
    data: bytes,
    fmt: str,
    graph: KnowledgeGraph,
    old: StoreState,
    new: StoreState,
    reuse: Callable[[Unit], bool],
    handle: IO[bytes],
) -> bool:
    """Write the new file from the old one's parts; False (nothing written) when the old
    file is not split as its state says."""
    from kg.io.rdfstream import places_of

    header = _header()
    if not data.startswith(header):
        return False
    named = fmt == "trig"
    blocks = _blocks(data[len(header) :])
    if data[len(header) :] == b"":
        blocks = []
    old_parts: dict[Unit, bytes] = {}
    at = 0
    for unit, count in _units(old, named):
        if at + count > len(blocks):
            return False
        old_parts[unit] = b"".join(blocks[at : at + count])
        at += count
    if at != len(blocks):
        return False
    places = places_of(graph.entities)
    index = _index(graph, new)
    handle.write(header)
    run: list[Unit] = []

    def flush() -> None:
        if run:
            handle.write(_fresh(_unit_quads(graph, new, run, places, index), fmt))
            run.clear()

    for unit, _ in _units(new, named):
        part = old_parts.get(unit)
        if part is not None and reuse(unit):
            flush()
            handle.write(part)
        else:
            if run and run[0][0] != unit[0]:
                flush()
            run.append(unit)
    flush()
    return True


# -- JSON Lines ---------------------------------------------------------------------------
def _patch_lines(
    data: bytes,
    keys_old: list[str],
    keys_new: list[str],
    reuse: Callable[[str], bool],
    fresh: Callable[[list[str]], Iterable[dict[str, Any]]],
    handle: IO[bytes],
) -> bool:
    lines = data.splitlines(keepends=True)
    if len(lines) != len(keys_old):
        return False
    old = dict(zip(keys_old, lines, strict=True))
    run: list[str] = []

    def flush() -> None:
        for record in fresh(run):
            handle.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
        run.clear()

    for key in keys_new:
        line = old.get(key)
        if line is not None and reuse(key):
            flush()
            handle.write(line)
        else:
            run.append(key)
    flush()
    return True


# -- all together -------------------------------------------------------------------------
def patched_files(
    out: Path, graph: KnowledgeGraph, old: StoreState, new: StoreState, changes: Changes
) -> dict[str, Callable[[IO[bytes]], None]]:
    """For each export file that can be patched, a function that writes the new file; the
    files left out are written whole by the caller."""
    from kg.graph.fusion import event_record
    from kg.io.export import relation_record

    assert new.layout is not None
    writers: dict[str, Callable[[IO[bytes]], None]] = {}
    shown = {k: (e.label, e.type) for k, e in new.entities.items()}
    renamed = {k for k, e in old.entities.items() if shown.get(k) != (e.label, e.type)}

    def reuse_rdf(unit: Unit) -> bool:
        kind, key = unit
        if kind == "entity":
            return key not in changes.entities.put
        if kind == "article":
            return key not in changes.articles.put
        if kind == "event":
            return key not in changes.events.put
        if kind == "graph":
            return key not in changes.graphs.put
        return claim_article.get(key, "") not in changes.graphs.put

    claim_article = {s: a for s, a, _ in new.layout.claims}
    for name, fmt in RDF_FILES.items():
        data = _previous(out, name, old)
        if data is None:
            continue

        def write(handle: IO[bytes], data: bytes = data, fmt: str = fmt) -> None:
            if not _patch_rdf(data, fmt, graph, old, new, reuse_rdf, handle):
                raise _UnsplitError

        writers[name] = write
    claims = {s: r for r, (s, _, _) in zip(graph.claims, new.layout.claims, strict=True)}
    ends = {s: (r.subject, r.object) for s, r in claims.items()}
    assert old.layout is not None
    data = _previous(out, "relations.jsonl", old)
    if data is not None:

        def reuse_claim(key: str) -> bool:
            subject, obj = ends[key]
            return (
                claim_article[key] not in changes.graphs.put
                and subject not in renamed
                and obj not in renamed
            )

        def write_claims(handle: IO[bytes], data: bytes = data) -> None:
            if not _patch_lines(
                data,
                [s for s, _, _ in old.layout.claims],  # type: ignore[union-attr]
                [s for s, _, _ in new.layout.claims],  # type: ignore[union-attr]
                reuse_claim,
                lambda keys: (relation_record(graph, claims[k]) for k in keys),
                handle,
            ):
                raise _UnsplitError

        writers["relations.jsonl"] = write_claims
    data = _previous(out, "events.jsonl", old)
    if data is not None:

        def reuse_event(key: str) -> bool:
            event = new.events[key]
            return key not in changes.events.put and not renamed & set(event.participants)

        def write_events(handle: IO[bytes], data: bytes = data) -> None:
            if not _patch_lines(
                data,
                list(old.events),
                list(new.events),
                reuse_event,
                lambda keys: (event_record(graph, new.events[k]) for k in keys),
                handle,
            ):
                raise _UnsplitError

        writers["events.jsonl"] = write_events
    return writers


class _UnsplitError(Exception):
    """A previous file is not split into the parts its state says (written by other code)."""


def write_patched(
    out: Path,
    graph: KnowledgeGraph,
    old: StoreState,
    new: StoreState,
    changes: Changes,
    *,
    html: bool = True,
    formats: tuple[str, ...] = ("turtle", "trig"),
) -> list[str]:
    """Write the exports of an update into ``out``: patched where the previous files allow,
    else whole (``kg.io.export.write_outputs``); all replaced together. Returns the names
    of the files patched."""
    from kg.io.export import write_outputs

    writers = patched_files(out, graph, old, new, changes)
    if set(formats) != set(RDF_FILES.values()) or set(writers) != {*RDF_FILES, *LINE_FILES}:
        write_outputs(graph, out, formats, html=html)
        return []
    try:
        _write_group(out, graph, writers, html)
    except _UnsplitError:
        write_outputs(graph, out, formats, html=html)
        return []
    return sorted(writers)


def _write_group(
    out: Path, graph: KnowledgeGraph, writers: dict[str, Callable[[IO[bytes]], None]], html: bool
) -> None:
    from functools import partial

    from kg.io.export import entity_records, stream_lines
    from kg.io.fsio import Streamed, write_group

    files: list[tuple[Path, Callable[[], str | Streamed]]] = [
        (out / name, partial(Streamed, write)) for name, write in sorted(writers.items())
    ]
    files.append((out / "entities.jsonl", partial(stream_lines, partial(entity_records, graph))))
    if html:
        from kg.io.html import render_html

        files.append((out / "graph.html", partial(render_html, graph, page_dir=out)))
    write_group(files)
