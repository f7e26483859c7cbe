"""The persistent Oxigraph store: bulk-load the exported graph into a folder, one named
graph per article, then optimise it so `kg query --store` and `kg serve` open it instantly;
or update it in place, rewriting only the parts an added or removed article changed.

The folder holds a marker file naming the current data folder (see ``kg.io.fsio``); a rebuild
fills a new data folder and swaps the marker in one rename. An update does the same with a
copy of the current data folder made by hard links (a RocksDB checkpoint, cheap whatever the
store's size), changed in one transaction: a failed update leaves the previous store whole.
"""

from __future__ import annotations

import gzip
import pickle
import shutil
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.extract import Paragraph
    from kg.graph.core import KnowledgeGraph
    from kg.lexicon import Lexicon
    from kg.model import Article
    from kg.pipeline_records import ArticleRecord
    from kg.resolve.resolver import Resolver
    from kg.sparql.state import Changes, StoreState

RECORDS = "kg-records.pkl.gz"  # in the data folder: each article with its map record
# in the data folder: the corpus resolver at a few positions of the records, so that
# `kg remove` replays the records from the last one before the removed article only
CHECKPOINTS = "kg-checkpoints"
MAX_CHECKPOINTS = 8  # about this many a store (each is the size of the resolver then)
MIN_SPACING = 64  # records between two checkpoints, at least


@dataclass(frozen=True)
class Checkpoint:
    """The corpus resolver after the first ``position`` records of a store (pickled fields),
    and where the record at ``position`` starts in the records file (a gzip member starts
    there): replaying the records from there on it is replaying them all."""

    position: int
    offset: int
    article: str  # the id of the article at ``position`` (checked against the state's)
    lexicon: str  # ``kg.sparql.state.lexicon_key`` of the build
    resolver: bytes

    def restore(self, lexicon: Lexicon) -> Resolver:
        """The resolver as it was at ``position``, on ``lexicon``."""
        from kg.resolve.resolver import Resolver

        resolver = Resolver.__new__(Resolver)
        vars(resolver).update(pickle.loads(gzip.decompress(self.resolver)))  # kg's own
        resolver.lexicon = lexicon
        return resolver


def checkpoint_spacing(count: int) -> int:
    """Records between two checkpoints of a store of ``count`` records."""
    return max(MIN_SPACING, -(-count // MAX_CHECKPOINTS))


def snapshot(resolver: Resolver) -> bytes:
    """A resolver's fields (not its lexicon), pickled: ``Checkpoint.resolver``."""
    fields = {k: v for k, v in vars(resolver).items() if k != "lexicon"}
    return gzip.compress(pickle.dumps(fields, protocol=pickle.HIGHEST_PROTOCOL), compresslevel=1)


@dataclass
class RecordsTail:
    """The records from a checkpoint on, as a `kg remove` replayed them: the store's records
    file keeps its bytes before ``offset`` and gets these after; ``snapshots`` (position ->
    the article there and the resolver there) become checkpoints."""

    base: Checkpoint
    items: list[tuple[Article, ArticleRecord]]
    snapshots: dict[int, tuple[str, bytes]] = field(default_factory=dict)


def load_checkpoints(store: Path) -> list[Checkpoint]:
    """A store's checkpoints, by position."""
    from kg.io.fsio import is_kg_store, store_location

    if not is_kg_store(store):
        return []
    folder = store_location(store) / CHECKPOINTS
    found = []
    for path in sorted(folder.glob("*.pkl")) if folder.is_dir() else ():
        try:
            point = pickle.loads(path.read_bytes())  # written by kg itself
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
            continue
        if isinstance(point, Checkpoint):
            found.append(point)
    return sorted(found, key=lambda c: c.position)


def read_records_from(path: Path, offset: int) -> Iterator[tuple[Article, ArticleRecord]]:
    """The records of a records file from byte ``offset`` on (where a gzip member starts)."""
    with open(path, "rb") as raw:
        raw.seek(offset)
        with gzip.GzipFile(fileobj=raw, mode="rb") as src:
            while True:
                try:
                    item: tuple[Article, ArticleRecord] = pickle.load(src)  # kg's own
                except EOFError:
                    return
                yield item


def _write_records(
    path: Path,
    items: Iterable[tuple[Article, ArticleRecord]],
    marks: Container[int] = (),
    start: int = 0,
    prefix: tuple[Path, int] | None = None,
) -> dict[int, int]:
    """Write a records file: ``prefix`` (a file and a byte count: its first bytes, copied),
    then ``items`` (the first at position ``start``), a new gzip member at each position in
    ``marks``; returns the byte offset of each mark's record."""
    from kg.pipeline_records import dump_record

    offsets: dict[int, int] = {}
    with open(path, "wb") as raw:
        if prefix is not None:
            with open(prefix[0], "rb") as src:
                left = prefix[1]
                while left > 0:
                    chunk = src.read(min(left, 1 << 20))
                    if not chunk:
                        raise OSError(f"{prefix[0]} is shorter than {prefix[1]} bytes")
                    raw.write(chunk)
                    left -= len(chunk)
        member: gzip.GzipFile | None = None
        for position, item in enumerate(items, start):
            if member is None or position in marks:
                if member is not None:
                    member.close()
                offsets[position] = raw.tell()
                member = gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6)
            dump_record(item, member)
        if member is not None:
            member.close()
    return {k: v for k, v in offsets.items() if k in marks}


def _write_checkpoints(
    folder: Path, lexicon: str, snapshots: dict[int, tuple[str, bytes]], offsets: dict[int, int]
) -> None:
    folder.mkdir(exist_ok=True)
    for position, (article, fields) in snapshots.items():
        point = Checkpoint(position, offsets[position], article, lexicon, fields)
        (folder / f"{position:09d}.pkl").write_bytes(
            pickle.dumps(point, protocol=pickle.HIGHEST_PROTOCOL)
        )


def _link_checkpoints(current: Path, location: Path, upto: int | None) -> None:
    """Hard-link the current data folder's checkpoints (those at ``upto`` or before) into
    the new one: a checkpoint file never changes."""
    import os

    for point in sorted((current / CHECKPOINTS).glob("*.pkl")):
        if upto is None or int(point.stem) <= upto:
            (location / CHECKPOINTS).mkdir(exist_ok=True)
            os.link(point, location / CHECKPOINTS / point.name)


def replay_with_checkpoints(
    items: list[tuple[Article, ArticleRecord]],
) -> tuple[StoreState, dict[int, tuple[str, bytes]]]:
    """``kg.sparql.state.state_of_records``, with the resolver's snapshots taken on the way
    every ``checkpoint_spacing`` records."""
    from kg.api import user_lexicon
    from kg.pipeline import GraphBuilder
    from kg.sparql.state import lexicon_key, state_of_builder

    builder = GraphBuilder(user_lexicon(None), keep=True, spans=False)
    every = checkpoint_spacing(len(items))
    snapshots: dict[int, tuple[str, bytes]] = {}
    for position, (article, record) in enumerate(items):
        if position % every == 0:  # the first too: a replay from the start starts there
            snapshots[position] = (article.id, snapshot(builder.resolver))
        builder.reduce(article, record, partial(parse_again, article))
    return state_of_builder(builder, lexicon_key(None))[0], snapshots


def parse_again(article: Article, nlp: Any = None, model: str | None = None) -> list[Paragraph]:
    """An article's paragraphs, parsed here (a record the corpus now answers otherwise):
    with ``nlp``, or the ``model`` loaded (the default one without)."""
    from kg.nlp.model import load_model
    from kg.pipeline import parse_stream

    return next(parse_stream(nlp or load_model(model), [article], 1, 64))[1]


def write_store(
    trig: Path,
    store: Path,
    sources: dict[str, str] | None = None,
    records: Iterable[tuple[Article, ArticleRecord]] | None = None,
    state: StoreState | None = None,
    exports: Path | None = None,
) -> None:
    """(Re)build the store at ``store`` from a TriG export, atomically (build aside, swap).

    ``sources`` (article id -> file path) is kept beside the data so that `kg add` can tell
    two files with one name apart; by default the store's previous record is kept.
    ``records`` (every article with its record, in build order) go into the same data
    folder, so that `kg add` and `kg remove` replay them instead of parsing again; and with
    them the build ``state`` (made from the records when not given), so that the next
    `kg add` neither replays them nor rewrites the store. ``exports``: the folder whose
    exports were just written from the same graph (the next `kg add` patches them).
    """
    import pyoxigraph as ox

    from kg.io.fsio import store_sources, swap_store
    from kg.sparql.state import STATE, save_state

    items = list(records) if records is not None else None
    snapshots: dict[int, tuple[str, bytes]] = {}
    if items is not None and state is None:
        state, snapshots = replay_with_checkpoints(items)
    if state is not None and state.layout is not None and exports is not None:
        from kg.sparql.patch import note_files

        note_files(state.layout, exports)

    def fill(location: Path) -> None:
        db = ox.Store(str(location))
        db.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        db.optimize()
        db.flush()
        del db
        if items is not None:
            offsets = _write_records(location / RECORDS, items, snapshots)
            if state is not None and snapshots:
                _write_checkpoints(location / CHECKPOINTS, state.lexicon, snapshots, offsets)
        if state is not None:
            save_state(location / STATE, state)

    swap_store(store, fill, store_sources(store) if sources is None else sources)


def load_store_state(store: Path) -> StoreState | None:
    """The build state saved in the store, when it has one written by this kg's code."""
    from kg.io.fsio import is_kg_store, store_location
    from kg.sparql.state import STATE, load_state, mapping_key

    if not is_kg_store(store):
        return None
    state = load_state(store_location(store) / STATE)
    return state if state is not None and state.mapping == mapping_key() else None


def update_text(graph: KnowledgeGraph, state: StoreState, changes: Changes) -> str:
    """One SPARQL update that takes the store from the old state to ``state``: the changed
    parts' triples deleted, then their new triples inserted."""
    from kg.graph.core import KnowledgeGraph
    from kg.io.rdfstream import claim_quads, default_quads, places_of
    from kg.vocab import article_iri, entity_iri, event_iri

    steps = [f"DROP SILENT GRAPH <{article_iri(a)}>" for a in sorted(changes.graphs.drop)]
    nodes = [
        *(entity_iri(k) for k in sorted(changes.entities.drop)),
        *(article_iri(k) for k in sorted(changes.articles.drop)),
        *(event_iri(k) for k in sorted(changes.events.drop)),
    ]
    steps += [f"DELETE WHERE {{ <{node}> ?p ?o }}" for node in nodes]
    places = places_of(graph.entities)
    part = KnowledgeGraph(
        entities={k: graph.entities[k] for k in sorted(changes.entities.put)},
        claims=[],
        articles={k: graph.articles[k] for k in sorted(changes.articles.put)},
    )
    events = [state.events[k] for k in sorted(changes.events.put)]
    codes = {k: state.codes.get(k, ()) for k in part.entities}
    default = [
        f"{q.subject} {q.predicate} {q.object} ."
        for q in default_quads(part, events, codes, places)
    ]
    claims = [r for r in graph.claims if r.evidence and r.evidence.article in changes.graphs.put]
    named: dict[str, list[str]] = {}
    for q in claim_quads(claims, places):
        named.setdefault(str(q.graph_name), []).append(f"{q.subject} {q.predicate} {q.object} .")
    body = "\n".join(default)
    body += "".join(f"\nGRAPH {g} {{\n" + "\n".join(t) + "\n}" for g, t in sorted(named.items()))
    if body:
        steps.append(f"INSERT DATA {{\n{body}\n}}")
    return " ;\n".join(steps)


def update_store(
    store: Path,
    graph: KnowledgeGraph,
    state: StoreState,
    found: Changes,
    sources: dict[str, str],
    records: Iterable[tuple[Article, ArticleRecord]] | None = None,
    appended: Iterable[tuple[Article, ArticleRecord]] = (),
    tail: RecordsTail | None = None,
) -> None:
    """Update the store to ``state`` in place (on a hard-linked copy of its data, swapped in
    whole): the ``found`` parts (``kg.sparql.state.changes`` from the store's previous state)
    rewritten in one transaction; the ``records`` replace the saved ones, or the
    ``appended`` ones follow them, or the ``tail`` replaces those from its checkpoint on.
    Checkpoints stay where the records before them did."""
    import pyoxigraph as ox

    from kg.io.fsio import store_location, swap_store
    from kg.pipeline_records import write_records
    from kg.sparql.state import STATE, save_state

    text = update_text(graph, state, found) if found else ""
    current = store_location(store)
    items = list(records) if records is not None else None
    more = list(appended)

    def fill(location: Path) -> None:
        db = ox.Store.read_only(str(current))
        db.backup(str(location))
        del db
        db = ox.Store(str(location))
        if text:
            db.update(text)
        db.flush()
        del db
        if tail is not None:
            base = tail.base
            offsets = _write_records(
                location / RECORDS,
                tail.items,
                tail.snapshots,
                base.position,
                (current / RECORDS, base.offset),
            )
            _link_checkpoints(current, location, base.position - 1)  # (never written to)
            _write_checkpoints(location / CHECKPOINTS, base.lexicon, tail.snapshots, offsets)
        elif items is not None:
            write_records(location / RECORDS, items)  # the checkpoints' offsets are gone
        else:
            shutil.copyfile(current / RECORDS, location / RECORDS)
            append_records(location / RECORDS, more)
            _link_checkpoints(current, location, None)
        save_state(location / STATE, state)

    swap_store(store, fill, sources)


def append_records(path: Path, items: Iterable[tuple[Article, ArticleRecord]]) -> None:
    """Add articles with their records after those ``path`` holds (one more gzip member)."""
    from kg.pipeline_records import dump_record

    with open(path, "ab") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6) as out:
        for item in items:
            dump_record(item, out)


def records_file(store: Path) -> Path | None:
    """The store's saved records, if it has them (a store written with ``records``)."""
    from kg.io.fsio import is_kg_store, store_location

    if not is_kg_store(store):
        return None
    path = store_location(store) / RECORDS
    return path if path.is_file() else None
