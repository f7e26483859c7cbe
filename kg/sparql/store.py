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
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.graph.core import KnowledgeGraph
    from kg.model import Article
    from kg.pipeline_records import ArticleRecord
    from kg.sparql.state import Changes, StoreState

RECORDS = "kg-records.pkl.gz"  # in the data folder: each article with its map record


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
    from kg.sparql.state import STATE, save_state, state_of_records

    items = list(records) if records is not None else None
    if items is not None and state is None:
        state = state_of_records(items)
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
            from kg.pipeline_records import write_records

            write_records(location / RECORDS, items)
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
) -> None:
    """Update the store to ``state`` in place (on a hard-linked copy of its data, swapped in
    whole): the ``found`` parts (``kg.sparql.state.changes`` from the store's previous state)
    rewritten in one transaction; the ``records`` replace the saved ones, or the
    ``appended`` ones follow them."""
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
        if items is not None:
            write_records(location / RECORDS, items)
        else:
            shutil.copyfile(current / RECORDS, location / RECORDS)
            append_records(location / RECORDS, more)
        save_state(location / STATE, state)

    swap_store(store, fill, sources)


def append_records(path: Path, items: Iterable[tuple[Article, ArticleRecord]]) -> None:
    """Add articles with their records after those ``path`` holds (one more gzip member)."""
    with open(path, "ab") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6) as out:
        for item in items:
            pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)


def records_file(store: Path) -> Path | None:
    """The store's saved records, if it has them (a store written with ``records``)."""
    from kg.io.fsio import is_kg_store, store_location

    if not is_kg_store(store):
        return None
    path = store_location(store) / RECORDS
    return path if path.is_file() else None
