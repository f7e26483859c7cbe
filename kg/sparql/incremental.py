"""Incremental updates: add articles to an existing store and its exports without parsing the
old ones again (an article already held, by content hash, is skipped), or remove an article's
claims. A store that holds its articles' map records (``kg.pipeline_records``) is updated
exactly: the new articles are reduced on the corpus state its last update saved
(``kg.sparql.state``), or the held records are replayed in their order without the removed
ones (from the store's last checkpoint before them, ``kg.sparql.store.Checkpoint``), so
the graph (mention counts included) is the one a full build of the same articles would
give; then only the parts of the store that changed are rewritten (``commit_update``).
A store without records falls back to merging: new mentions resolve against its entities.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KgError
from kg.graph.core import KnowledgeGraph
from kg.model import Entity
from kg.sparql.state import assemble

if TYPE_CHECKING:
    from kg.ingest.corpora import Columns
    from kg.lexicon import DictionaryReport, Lexicon
    from kg.model import Article
    from kg.pipeline_records import ArticleRecord
    from kg.sparql.state import Changes, StoreState
    from kg.sparql.store import RecordsTail

UPDATE_FORMATS = ("turtle", "trig")  # the graph files `kg add` and `kg remove` rewrite


@dataclass
class UpdateReport:
    """What an update did."""

    graph: KnowledgeGraph
    added: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    skipped: list[InputError] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # rule stages that raised (BuildRun)
    renamed: list[tuple[str, str]] = field(default_factory=list)  # (file, new id)
    # every article with its record, in build order, when the held ones were replayed
    records: list[tuple[Article, ArticleRecord]] | None = None
    # the new articles with their records, when they were reduced on the saved state
    appended: list[tuple[Article, ArticleRecord]] = field(default_factory=list)
    state: StoreState | None = None  # what the store is built from after the update
    previous: StoreState | None = None  # ... and before it
    changes: Changes | None = None  # the parts of the store rewritten (by ``commit_update``)
    patched: list[str] = field(default_factory=list)  # exports patched, not written whole
    # the records from a checkpoint on, when only those were replayed (``remove_articles``)
    tail: RecordsTail | None = None
    # what a user's verb dictionary added and left out, as the update read it (``add_articles``)
    verb_dictionary: DictionaryReport | None = None


def load_store(store: Path) -> KnowledgeGraph:
    """The KnowledgeGraph held in an Oxigraph store (every named graph)."""
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    from kg.io.fsio import open_store

    data = open_store(store).dump(format=ox.RdfFormat.N_QUADS) or b""
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return KnowledgeGraph.from_rdflib(graph)


def drop_articles(graph: KnowledgeGraph, article_ids: set[str]) -> KnowledgeGraph:
    """The graph without these articles' claims; entities no article mentions any more go.

    Mention counts of the remaining entities are kept as they were (per-article counts are not
    stored), so after a removal they are upper bounds.
    """
    if not article_ids:
        return graph
    claims = [r for r in graph.claims if not (r.evidence and r.evidence.article in article_ids)]
    entities = {}
    for e in graph.entities.values():
        left = tuple(a for a in e.articles if a not in article_ids)
        if left or not e.articles:
            entities[e.id] = replace(e, articles=left)
    claims = [
        r for r in claims if r.subject in entities and (r.object is None or r.object in entities)
    ]
    articles = {k: v for k, v in graph.articles.items() if k not in article_ids}
    return KnowledgeGraph(entities, claims, articles)


def _combine(old: Entity | None, new: Entity) -> Entity:
    if old is None:
        return new
    return replace(
        old,
        aliases=tuple(sorted(set(old.aliases) | set(new.aliases))),
        qid=old.qid or new.qid,
        iso=old.iso or new.iso,
        country=old.country or new.country,
        mentions=old.mentions + new.mentions,
        articles=tuple(sorted(set(old.articles) | set(new.articles))),
    )


def merge(base: KnowledgeGraph, new: KnowledgeGraph, ids: dict[str, str]) -> KnowledgeGraph:
    """Merge a graph built on top of ``base`` (``ids``: cluster label -> final id)."""
    remap = {e.id: ids.get(e.label, e.id) for e in base.entities.values()}
    entities: dict[str, Entity] = {}
    for e in base.entities.values():
        entities[remap[e.id]] = _combine(entities.get(remap[e.id]), replace(e, id=remap[e.id]))
    for e in new.entities.values():
        if e.mentions or e.articles or e.id not in entities:
            entities[e.id] = _combine(entities.get(e.id), e)
    claims = {}
    for r in base.claims:
        moved = replace(
            r,
            subject=remap.get(r.subject, r.subject),
            object=remap.get(r.object, r.object) if r.object else None,
        )
        claims[moved.key()] = moved
    for r in new.claims:
        claims.setdefault(r.key(), r)
    return KnowledgeGraph(
        dict(sorted(entities.items())),
        sorted(claims.values(), key=lambda r: r.key()),
        dict(sorted({**base.articles, **new.articles}.items())),
    )


@dataclass(frozen=True, slots=True)
class _Held:
    """What a store holds, read the cheapest way its kind allows: its saved state, else its
    records, else its graph (one of the three is set); ``ids``: article id -> content hash."""

    ids: dict[str, str]
    state: StoreState | None = None
    kept: list[tuple[Article, ArticleRecord]] | None = None
    graph: KnowledgeGraph | None = None


def add_articles(
    paths: Iterable[str | Path],
    store: Path,
    *,
    published: str | None = None,
    model: str | None = None,
    nlp: Any = None,
    gazetteer: str | Path | None = None,
    columns: Columns | None = None,
    fetch: bool = False,
    verb_dictionary: str | Path | None = None,
) -> UpdateReport:
    """Parse only the articles the store does not hold yet and add them to its graph.

    With the store's saved state, the new articles are reduced on the corpus resolver as the
    last update left it (no held article is read or replayed); an article whose content
    changed, or a state of another lexicon, replays the saved records instead.
    """
    from kg.api import user_lexicon
    from kg.pipeline_records import read_records
    from kg.sparql.state import lexicon_key
    from kg.sparql.store import records_file

    saved = records_file(store)
    key = lexicon_key(gazetteer, verb_dictionary)
    held = _held(store, saved, key)
    report = UpdateReport(held.graph or KnowledgeGraph({}, []), previous=held.state)
    fresh = _read_new(paths, store, held.ids, report, published, columns, fetch)
    lexicon = user_lexicon(gazetteer, verb_dictionary)
    report.verb_dictionary = lexicon.verb_dictionary
    if held.state is not None and not report.replaced:
        return _add_on_state(report, fresh, held.state, key, lexicon, nlp, model)
    kept = held.kept
    if held.state is not None:  # a changed article: replay the records without its old one
        kept = list(read_records(saved)) if saved is not None else []
    if not fresh:
        if held.graph is None and kept:
            report.graph = load_store(store)
        return report
    if kept is not None:
        return _add_by_replay(report, fresh, kept, key, lexicon, nlp, model)
    assert held.graph is not None
    return _add_by_merge(report, fresh, held.graph, lexicon, nlp, model)


def _held(store: Path, saved: Path | None, key: str) -> _Held:
    """What the store holds: its saved state when it has one of this lexicon (``key``), else
    its records (none for a folder that is no store yet), else its graph."""
    from kg.io.fsio import is_kg_store
    from kg.pipeline_records import read_records
    from kg.sparql.store import load_store_state

    state = load_store_state(store) if saved is not None else None
    if state is not None and state.lexicon != key:
        state = None
    if state is not None:
        return _Held({a.id: a.sha256 for a in state.articles.values()}, state=state)
    if saved is not None or not is_kg_store(store):
        kept = list(read_records(saved)) if saved is not None else []
        return _Held({a.id: a.sha256 for a, _ in kept}, kept=kept)
    existing = load_store(store)
    return _Held({a.id: a.sha256 for a in existing.articles.values()}, graph=existing)


def _read_new(
    paths: Iterable[str | Path],
    store: Path,
    held: dict[str, str],
    report: UpdateReport,
    published: str | None,
    columns: Columns | None,
    fetch: bool,
) -> list[Article]:
    """The articles read from ``paths`` that the store does not hold as they are; each one
    read is noted in ``report`` as added, replaced or unchanged (or renamed, or skipped)."""
    from kg.api import iter_articles, unique_ids
    from kg.ingest.identity import assign_ids
    from kg.io.fsio import store_sources

    fresh = []
    articles = iter_articles(paths, published, skipped=report.skipped, columns=columns, fetch=fetch)
    read = unique_ids(list(articles))
    read, report.renamed = assign_ids(read, held, store_sources(store))
    for article in read:
        if held.get(article.id) == article.sha256:
            report.unchanged.append(article.id)
            continue
        (report.replaced if article.id in held else report.added).append(article.id)
        fresh.append(article)
    return fresh


def _add_on_state(
    report: UpdateReport,
    fresh: list[Article],
    old: StoreState,
    key: str,
    lexicon: Lexicon,
    nlp: Any,
    model: str | None,
) -> UpdateReport:
    """The new articles reduced on the corpus resolver the store's state saved."""
    from kg.pipeline import run_build
    from kg.sparql.state import state_of_builder

    resolver = old.restore(lexicon)
    if not fresh:
        report.graph = assemble(resolver, old.articles, old.templates)[0]
        return report
    run = run_build(fresh, lexicon=lexicon, nlp=nlp, model=model, resolver=resolver, keep=True)
    report.skipped.extend(run.skipped)
    report.failures.extend(run.failures)
    new, graph = state_of_builder(run.builder, key, old)
    report.graph, report.state, report.appended = graph, new, run.builder.kept or []
    return report


def _add_by_replay(
    report: UpdateReport,
    fresh: list[Article],
    kept: list[tuple[Article, ArticleRecord]],
    key: str,
    lexicon: Lexicon,
    nlp: Any,
    model: str | None,
) -> UpdateReport:
    """The held records replayed (without the replaced articles'), then the new articles."""
    from kg.pipeline import run_build
    from kg.sparql.state import state_of_builder

    gone = set(report.replaced)
    run = run_build(
        fresh,
        lexicon=lexicon,
        nlp=nlp,
        model=model,
        held=[(a, r) for a, r in kept if a.id not in gone],
        keep=True,
        spans=False,  # mentions counted (a store's state stays the entities' size)
    )
    report.skipped.extend(run.skipped)
    report.failures.extend(run.failures)
    report.state, report.graph = state_of_builder(run.builder, key)
    report.records = run.builder.kept
    return report


def _add_by_merge(
    report: UpdateReport,
    fresh: list[Article],
    existing: KnowledgeGraph,
    lexicon: Lexicon,
    nlp: Any,
    model: str | None,
) -> UpdateReport:
    """A store without records: the new articles resolved against its entities and merged."""
    from kg.pipeline import run_build

    base = drop_articles(existing, set(report.replaced))
    run = run_build(
        fresh,
        lexicon=lexicon,
        nlp=nlp,
        model=model,
        seed=list(base.entities.values()),
    )
    report.skipped.extend(run.skipped)
    report.failures.extend(run.failures)
    report.graph = merge(base, run.builder.graph(), run.builder.ids)
    return report


def _not_held(missing: list[str], held: Iterable[str], store: Path) -> KgError:
    """The error for article ids a store lacks: the held ids closest to each (a file's name or
    path asked is read by its stem), and what an id is, since no command prints a store's ids."""
    ids = sorted(held)
    near = sorted(
        {m for name in missing for m in difflib.get_close_matches(Path(name).stem, ids, n=3)}
    )
    guess = f" Did you mean {', '.join(near)}?" if near else ""
    return KgError(
        f"no article {', '.join(missing)} in {store}.{guess} An article's id is its file's "
        "name without the suffix (a corpus row's, its id column)."
    )


def remove_articles(
    store: Path,
    article_ids: Iterable[str],
    *,
    model: str | None = None,
    nlp: Any = None,
    gazetteer: str | Path | None = None,
    verb_dictionary: str | Path | None = None,
) -> UpdateReport:
    """The store's graph without these articles: exact (its records replayed without them)
    when the store keeps records, else their claims dropped (``drop_articles``).

    With the store's build state, the records are replayed from its last checkpoint before
    the first removed article (the corpus resolver saved there,
    ``kg.sparql.store.Checkpoint``), or from the first record when there is none."""
    from kg.api import user_lexicon
    from kg.pipeline import run_build
    from kg.pipeline_records import read_records
    from kg.sparql.state import lexicon_key, state_of_builder
    from kg.sparql.store import load_store_state, records_file

    gone = set(article_ids)
    saved = records_file(store)
    key = lexicon_key(gazetteer, verb_dictionary)
    previous = load_store_state(store) if saved is not None else None
    if saved is not None and previous is not None and previous.lexicon == key:
        missing = sorted(gone - previous.articles.keys())
        if missing:
            raise _not_held(missing, previous.articles, store)
        lexicon = user_lexicon(gazetteer, verb_dictionary)
        return _remove_from_checkpoint(store, saved, gone, previous, lexicon, nlp, model)
    if saved is None:
        graph = load_store(store)
        held = set(graph.articles)
    else:
        kept = list(read_records(saved))
        held = {a.id for a, _ in kept}
    missing = sorted(gone - held)
    if missing:
        raise _not_held(missing, held, store)
    if saved is None:
        return UpdateReport(drop_articles(graph, gone))
    run = run_build(
        [],
        lexicon=user_lexicon(gazetteer, verb_dictionary),
        nlp=nlp,
        model=model,
        held=[(a, r) for a, r in kept if a.id not in gone],
        keep=True,
        spans=False,
    )
    state, graph = state_of_builder(run.builder, key)
    return UpdateReport(graph, records=run.builder.kept, state=state, previous=previous)


def _remove_from_checkpoint(
    store: Path,
    saved: Path,
    gone: set[str],
    previous: StoreState,
    lexicon: Lexicon,
    nlp: Any = None,
    model: str | None = None,
) -> UpdateReport:
    """``remove_articles`` from the last checkpoint before the first removed article: the
    records before it are neither read nor replayed (they and their claims are the same
    without the removed ones); from the first record when there is none. Checkpoints are
    taken on the way."""
    from dataclasses import replace
    from functools import partial

    from kg.pipeline import GraphBuilder
    from kg.resolve.resolver import Resolver
    from kg.sparql.state import state_of_builder
    from kg.sparql.store import (
        Checkpoint,
        RecordsTail,
        checkpoint_spacing,
        load_checkpoints,
        parse_again,
        read_records_from,
        snapshot,
    )

    loaded = [nlp]

    def _parse(article: Article) -> list[Any]:  # a record the corpus now answers otherwise
        if loaded[0] is None:
            from kg.nlp.model import load_model

            loaded[0] = load_model(model)
        return parse_again(article, loaded[0])

    order = list(previous.articles)
    first = min(order.index(a) for a in gone)
    usable = [
        c
        for c in load_checkpoints(store)
        if c.position <= first
        and c.lexicon == previous.lexicon
        and c.position < len(order)
        and order[c.position] == c.article
    ]
    start = snapshot(Resolver(lexicon, spans=False))  # the first record's
    base = usable[-1] if usable else Checkpoint(0, 0, order[0], previous.lexicon, start)
    builder = GraphBuilder(lexicon, keep=True, spans=False)
    builder.resolver = base.restore(lexicon)
    every = checkpoint_spacing(len(order) - len(gone))
    tail = RecordsTail(base, [])
    position = base.position
    for article, record in read_records_from(saved, base.offset):
        if article.id in gone:
            continue
        if position > base.position and position % every == 0:
            tail.snapshots[position] = (article.id, snapshot(builder.resolver))
        builder.reduce(article, record, partial(_parse, article))
        position += 1
    tail.items = builder.kept or []  # each record as the corpus now answered it
    if tail.items:  # the base again: the article at its position may be another now
        tail.snapshots[base.position] = (tail.items[0][0].id, base.resolver)
    kept = order[: base.position]
    head = replace(
        previous,
        articles={k: previous.articles[k] for k in kept},
        templates={k: previous.templates[k] for k in kept if k in previous.templates},
    )
    state, graph = state_of_builder(builder, previous.lexicon, head)
    return UpdateReport(graph, state=state, previous=previous, tail=tail)


def commit_update(
    report: UpdateReport,
    out: Path,
    store: Path,
    *,
    html: bool = True,
    formats: tuple[str, ...] = UPDATE_FORMATS,
    exports: bool = True,
) -> None:
    """Write what an update made: the exports in ``out`` (streamed from the graph; not
    with ``exports=False``, when they are written already), then the store, in place when it
    has a state to compare with, else loaded again from the TriG.

    The exports go first: if the store cannot be written it stays as it was, and the same
    `kg add` run again adds the articles (and writes the exports) again."""
    from kg.ingest.identity import sources_of
    from kg.io.export import write_outputs
    from kg.io.fsio import store_sources
    from kg.sparql.patch import note_files, write_patched
    from kg.sparql.state import changes
    from kg.sparql.store import update_store, write_store

    graph = report.graph
    sources = {**store_sources(store), **sources_of(graph.articles)}
    sources = {k: v for k, v in sources.items() if k in graph.articles}
    if "trig" not in formats:
        formats = (*formats, "trig")
    state, previous = report.state, report.previous
    found = changes(previous, state) if state is not None and previous is not None else None
    if exports and found is not None and previous is not None and state is not None:
        report.patched = write_patched(
            out, graph, previous, state, found, html=html, formats=formats
        )
    elif exports:
        write_outputs(graph, out, formats, html=html)
    if found is not None and state is not None:
        if state.layout is not None:
            note_files(state.layout, out)
        report.changes = found
        update_store(
            store, graph, state, found, sources, report.records, report.appended, report.tail
        )
        return
    write_store(out / "graph.trig", store, sources, report.records, state, exports=out)
