"""A store's saved build state: what `kg add` needs to add articles without replaying the held
ones, and what the store's content was built from, so that an update rewrites only the parts
of the store that changed (``changes``).

The state is the corpus resolver as the last update left it, each article's claims with
cluster labels for ends (``templates``: final ids are given by the resolver at the end), and
the entities, affiliations and events the store holds. Reducing new articles on this resolver
is what replaying every held record before them would do, so the graph is the full build's.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import io
import pickle
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import Event, Report
from kg.io.rdfstream import places_of
from kg.model import Article, Entity, Evidence, Mention, Qualifiers, Relation
from kg.resolve.resolver import Resolver
from kg.sparql.patch import Layout, layout_of

if TYPE_CHECKING:
    from kg.extract import Draft
    from kg.lexicon import Lexicon
    from kg.pipeline import GraphBuilder
    from kg.pipeline_records import ArticleRecord

STATE = "kg-state.pkl.gz"  # in the store's data folder, beside the records
VERSION = 2  # 2: clusters count their mentions (``Cluster.count``, ``written``)
# the modules whose code decides the store's triples and the exports' bytes: a state written
# by other code is not trusted to describe them (the store and exports are written whole)
MAPPING_MODULES = (
    "kg.graph.fusion",
    "kg.io.export",
    "kg.io.rdf",
    "kg.io.rdfstream",
    "kg.model",
    "kg.sparql.patch",
    "kg.sparql.state",
    "kg.vocab",
)


class _Same(dict[str, str]):
    """Every cluster label maps to itself: claims keep labels until the final ids are known."""

    def get(self, key: str, default: Any = None) -> str:
        return key


def templates_of(drafts: Iterable[tuple[Evidence, Draft]]) -> tuple[Relation, ...]:
    """Claims with cluster labels for ends, in draft order (``finish`` gives the final
    claims once the entity ids are known)."""
    from kg.pipeline import _finish

    same = _Same()
    found = (_finish(evidence, draft, same) for evidence, draft in drafts)
    return tuple(r for r in found if r is not None)


def finish(template: Relation, ids: Mapping[str, str]) -> Relation | None:
    """A claim with its ends' final entity ids; ``None`` when an end has no entity or both
    ends are one entity (as ``kg.pipeline._finish`` decides)."""
    subject = ids.get(template.subject)
    obj = ids.get(template.object) if template.object is not None else None
    if subject is None or (template.object is not None and obj is None) or subject == obj:
        return None
    return Relation(
        subject,
        template.predicate,
        obj,
        template.qualifiers,
        template.evidence,
        template.confidence,
        template.value,
    )


def assemble(
    resolver: Resolver, articles: Mapping[str, Article], templates: Mapping[str, Iterable[Relation]]
) -> tuple[KnowledgeGraph, dict[str, str]]:
    """The graph of these articles (in build order) and the cluster label -> id map, as
    ``GraphBuilder.graph`` makes it."""
    entities, ids, mentions = resolver.entities()
    relations: dict[tuple[str, ...], Relation] = {}
    for article_id in articles:
        for template in templates.get(article_id, ()):
            relation = finish(template, ids)
            if relation is not None:
                relations.setdefault(relation.key(), relation)
    graph = KnowledgeGraph(
        entities=entities,
        claims=[r for _, r in sorted(relations.items(), key=itemgetter(0))],  # keys made once
        articles=dict(sorted(articles.items())),
        mentions=mentions,
    )
    return graph, ids


def lexicon_key(gazetteer: str | Path | None, verb_dictionary: str | Path | None = None) -> str:
    """Which lexicon a state was built with: the shipped one, or a hash of the user's
    gazetteer, with the hash of a user's verb dictionary after it when one was given."""
    import os

    path = gazetteer or os.environ.get("KG_GAZETTEER")
    key = "shipped"
    if path and Path(path).is_file():
        key = hashlib.sha256(Path(path).read_bytes()).hexdigest()
    if verb_dictionary and Path(verb_dictionary).is_file():
        key += "+" + hashlib.sha256(Path(verb_dictionary).read_bytes()).hexdigest()
    return key


def mapping_key() -> str:
    """A hash of the code that maps a graph to the store's triples."""
    digest = hashlib.sha256(str(VERSION).encode())
    for name in MAPPING_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            digest.update(Path(spec.origin).read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class StoreState:
    """What a store was built from (see the module docstring)."""

    lexicon: str
    mapping: str
    articles: dict[str, Article]  # light, in build order
    resolver: dict[str, Any]  # the Resolver's fields but its lexicon
    templates: dict[str, tuple[Relation, ...]]
    ids: dict[str, str]
    entities: dict[str, Entity]
    codes: dict[str, tuple[str, ...]]
    events: dict[str, Event] = field(default_factory=dict)
    layout: Layout | None = None  # what the exports written with this state hold

    def restore(self, lexicon: Lexicon) -> Resolver:
        """The corpus resolver as the state saved it, on ``lexicon``; the state gives it
        away (it is changed by the articles reduced next, and not kept here)."""
        resolver = Resolver.__new__(Resolver)
        vars(resolver).update(self.resolver)
        resolver.lexicon = lexicon
        self.resolver = {}
        return resolver


def make_state(
    resolver: Resolver,
    articles: Mapping[str, Article],
    templates: Mapping[str, tuple[Relation, ...]],
    lexicon: str,
) -> tuple[StoreState, KnowledgeGraph]:
    """The state after building ``articles`` (build order) on ``resolver``, and its graph."""
    from kg.graph.fusion import fuse_events
    from kg.io.rdfstream import affiliations
    from kg.pipeline import _meta

    order = {k: _meta(a) for k, a in articles.items()}
    graph, ids = assemble(resolver, order, templates)
    codes = affiliations(graph.entities, graph.claims)
    state = StoreState(
        lexicon=lexicon,
        mapping=mapping_key(),
        articles=order,
        resolver={k: v for k, v in vars(resolver).items() if k != "lexicon"},
        templates={k: templates[k] for k in order if k in templates},
        ids=ids,
        entities=graph.entities,
        codes={k: tuple(sorted(v)) for k, v in codes.items()},
        events={e.id: e for e in fuse_events(graph)},
        layout=layout_of(graph),
    )
    return state, graph


def state_of_builder(
    builder: GraphBuilder, lexicon: str, base: StoreState | None = None
) -> tuple[StoreState, KnowledgeGraph]:
    """The state and graph of a ``GraphBuilder`` that kept its records; with ``base``, the
    builder started from that state's resolver and holds only the articles added to it."""
    assert builder.kept is not None, "a builder made with keep=True"
    drafts: dict[str, list[tuple[Evidence, Draft]]] = {}
    for evidence, draft in builder.drafts:
        drafts.setdefault(evidence.article, []).append((evidence, draft))
    articles = {a.id: a for a, _ in builder.kept}
    templates = {k: templates_of(drafts.get(k, ())) for k in articles}
    if base is not None:
        articles = {**base.articles, **articles}
        templates = {**base.templates, **templates}
    return make_state(builder.resolver, articles, templates, lexicon)


def state_of_records(records: list[tuple[Article, ArticleRecord]]) -> StoreState:
    """The state of a build's records, replayed on the shipped lexicon (or
    ``$KG_GAZETTEER``'s); a build with another lexicon gets a state `kg add` will not use."""
    from kg.api import user_lexicon
    from kg.pipeline import run_build

    run = run_build([], lexicon=user_lexicon(None), held=records, keep=True, spans=False)
    return state_of_builder(run.builder, lexicon_key(None))[0]


# -- saving -----------------------------------------------------------------------------
_FAST = (Article, Entity, Event, Evidence, Layout, Mention, Qualifiers, Relation, Report)
_FIELDS = {cls: attrgetter(*(f.name for f in fields(cls))) for cls in _FAST}


def _rebuild(cls: type, values: tuple[Any, ...]) -> Any:
    return cls(*values)


class _Pickler(pickle.Pickler):
    """Frozen model values as constructor calls: loads several times faster than the
    dataclass default (which looks up the fields again for every object)."""

    def reducer_override(self, obj: Any) -> Any:
        values = _FIELDS.get(type(obj))
        if values is None:
            return NotImplemented
        return _rebuild, (type(obj), values(obj))


def save_state(path: Path, state: StoreState) -> None:
    """Write the state (a compressed pickle, read back only by kg itself)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(state)
    with open(path, "wb") as out:
        out.write(gzip.compress(buffer.getvalue(), compresslevel=1))


def load_state(path: Path) -> StoreState | None:
    """The state saved at ``path``; ``None`` when there is none or it is of another kind."""
    if not path.is_file():
        return None
    try:
        state = pickle.loads(gzip.decompress(path.read_bytes()))  # written by kg itself
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, TypeError):
        return None
    return state if isinstance(state, StoreState) else None


# -- what changed -----------------------------------------------------------------------
@dataclass
class Part:
    """One kind of part of a store: ids whose triples go (``drop``) and whose triples are
    written (``put``); a changed part is in both."""

    drop: set[str] = field(default_factory=set)
    put: set[str] = field(default_factory=set)

    def add(self, key: str, drop: bool, put: bool) -> None:
        if drop:
            self.drop.add(key)
        if put:
            self.put.add(key)


@dataclass
class Changes:
    """The parts of a store an update rewrites: in the default graph, the triples of entity,
    article and event nodes (by id); and articles' named graphs (their claims)."""

    entities: Part = field(default_factory=Part)
    articles: Part = field(default_factory=Part)
    graphs: Part = field(default_factory=Part)
    events: Part = field(default_factory=Part)

    def __len__(self) -> int:
        parts = (self.entities, self.articles, self.graphs, self.events)
        return sum(len(p.drop | p.put) for p in parts)


def _diff(old: Mapping[str, Any], new: Mapping[str, Any], part: Part) -> None:
    for key in old.keys() | new.keys():
        was, now = old.get(key), new.get(key)
        if was != now:
            part.add(key, was is not None, now is not None)


def _moved(old: Mapping[str, str], new: Mapping[str, str]) -> set[str]:
    return {k for k in old.keys() | new.keys() if old.get(k) != new.get(k)}


def changes(old: StoreState, new: StoreState) -> Changes:
    """What differs between the store ``old`` describes and the one ``new`` does.

    A claim's triples depend on its template, the ids of its ends' labels and the entity its
    place names; an entity's on the entity and its affiliations; an event's on the event and
    its place's entity. A part is rewritten when one of these changed.
    """
    found = Changes()
    moved = _moved(places_of(old.entities), places_of(new.entities))
    relabelled = _moved(old.ids, new.ids)
    _diff(
        {k: (e, old.codes.get(k, ())) for k, e in old.entities.items()},
        {k: (e, new.codes.get(k, ())) for k, e in new.entities.items()},
        found.entities,
    )
    _diff(old.articles, new.articles, found.articles)
    for article_id in old.templates.keys() - new.templates.keys():
        found.graphs.add(article_id, True, False)
    for article_id, templates in new.templates.items():
        before = old.templates.get(article_id)
        if templates != before or any(
            t.subject in relabelled
            or t.object in relabelled
            or (t.qualifiers.place is not None and t.qualifiers.place in moved)
            for t in templates
        ):
            found.graphs.add(article_id, before is not None, True)
    _diff(
        {k: (e, e.place in moved) for k, e in old.events.items()},
        {k: (e, False) for k, e in new.events.items()},
        found.events,
    )
    return found
