"""The KnowledgeGraph: entities, relations and articles, with a NetworkX view and the
traversal API analysts use from Python (lookup, neighbours, paths, timelines, centrality).
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import EntityNotFoundError
from kg.io.rdf import graph_parts, to_rdf
from kg.io.spool import SortedSpool
from kg.model import Article, Entity, Mention, Relation
from kg.vocab import EntityType, EventType, Predicate, Status

if TYPE_CHECKING:
    from kg.graph.fusion import Event


@dataclass(frozen=True, slots=True)
class Step:
    """One hop of a path: the relation and the entity it leads to."""

    relation: Relation
    entity: Entity


@dataclass(frozen=True, slots=True)
class Centrality:
    """How connected an actor is."""

    entity: Entity
    degree: int
    pagerank: float


_STATUS_COST = {
    Status.OCCURRED: 1.0,
    Status.PLANNED: 1.5,
    Status.PROPOSED: 1.5,
    Status.HYPOTHETICAL: 2.0,
    Status.DENIED: 3.0,
}


def _path_cost(relation: Relation) -> tuple[float, tuple[str, ...]]:
    """Paths prefer claims that happened over planned, hypothetical or denied ones."""
    return _STATUS_COST[relation.qualifiers.status], relation.key()


def pagerank(graph: nx.Graph, damping: float = 0.85, iterations: int = 100) -> dict[str, float]:
    """PageRank by power iteration (pure Python: no SciPy needed for graphs of this size)."""
    nodes = sorted(graph.nodes)
    if not nodes:
        return {}
    n = len(nodes)
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(iterations):
        dangling = sum(rank[v] for v in nodes if graph.degree(v) == 0)
        new = {}
        for v in nodes:
            incoming = sum(rank[u] / graph.degree(u) for u in graph.neighbors(v))
            new[v] = (1 - damping) / n + damping * (incoming + dangling / n)
        delta = sum(abs(new[v] - rank[v]) for v in nodes)
        rank = new
        if delta < 1e-10:
            break
    return rank


class SpooledClaims(Sequence[Relation]):
    """A big graph's claims, sorted by key, kept on disk in sorted runs (``SortedSpool``) and
    merged each time they are read, so that a build's memory follows its entities, not its
    claims. Read it as a sequence (an index reads up to that claim: prefer iterating);
    ``by_article`` gives them in the order the named-graph exports write them.
    """

    def __init__(self, claims: SortedSpool[Relation]) -> None:
        self._claims = claims
        self._by_article: SortedSpool[Relation] | None = None

    def __iter__(self) -> Iterator[Relation]:
        return iter(self._claims)

    def __len__(self) -> int:
        return len(self._claims)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        position = index + len(self) if index < 0 else index
        found = next(itertools.islice(self, position, None), None) if position >= 0 else None
        if found is None:
            raise IndexError("claim index out of range")
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]

    def by_article(self) -> Iterable[Relation]:
        """The claims by article, then key (each article's named graph in one piece)."""
        if self._by_article is None:
            self._by_article = SortedSpool(self, key=article_order)
        return self._by_article


def article_order(relation: Relation) -> tuple[str, tuple[str, ...]]:
    """A claim's place in the named-graph exports: its article's id, then its key."""
    return (relation.evidence.article if relation.evidence else "unknown", relation.key())


@dataclass
class KnowledgeGraph:
    """Entities, relations and their source articles.

    ``claims`` holds every relation (the package's frozen ``Relation`` values);
    ``to_networkx()`` and
    ``to_rdflib()`` give the two standard views of the same data.
    """

    entities: dict[str, Entity]
    claims: Sequence[Relation]  # a list, or ``SpooledClaims`` for a big build's
    articles: dict[str, Article] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)

    # -- lookup ---------------------------------------------------------------------------
    def entity(self, name: str) -> Entity:
        """Find an entity by id, label or alias (case-insensitive).

        Raises EntityNotFoundError listing close matches when nothing matches.

        >>> from kg import load
        >>> graph = load("output/graph.ttl")
        >>> graph.entity("putin").label, graph.entity("Putin").qid
        ('Vladimir Putin', 'Q7747')
        """
        if name in self.entities:
            return self.entities[name]
        key = name.casefold().strip()
        exact = [e for e in self.entities.values() if e.label.casefold() == key]
        if not exact:
            exact = [e for e in self.entities.values() if key in (a.casefold() for a in e.aliases)]
        if exact:
            return max(exact, key=lambda e: (e.mentions, e.id))
        names = {e.label: e for e in self.entities.values()}
        for e in self.entities.values():
            for alias in e.aliases:
                names.setdefault(alias, e)
        close = difflib.get_close_matches(name, list(names), n=5, cutoff=0.6)
        hint = f" Close matches: {', '.join(close)}." if close else ""
        raise EntityNotFoundError(f"No entity named {name!r}.{hint}")

    def _id(self, name: str | Entity | None) -> str | None:
        if name is None:
            return None
        if isinstance(name, Entity):
            return name.id
        return self.entity(name).id

    # -- queries --------------------------------------------------------------------------
    def relations(
        self,
        subject: str | Entity | None = None,
        predicate: str | Predicate | None = None,
        object: str | Entity | None = None,
        status: str | Status | None = None,
        since: str | None = None,
        until: str | None = None,
        event: str | EventType | None = None,
    ) -> list[Relation]:
        """Relations matching every given filter; symmetric ones match either way round.

        ``since``/``until`` compare ISO dates by prefix, so ``since="2021"`` keeps 2021-06-16.
        ``event`` is a PLOVER type ("CONSULT", "ASSAULT", ...), any case.

        >>> from kg import load
        >>> graph = load("output/graph.ttl")
        >>> sorted({r.predicate.value for r in graph.relations(event="consult")})
        ['met', 'spoke_with']
        >>> sorted(graph.entities[r.object].label for r in graph.relations(event="SANCTION"))
        ['Russia', 'Vladimir Putin']
        """
        sid, oid = self._id(subject), self._id(object)
        pred = Predicate(predicate) if predicate is not None else None
        stat = Status(status) if status is not None else None
        kind = EventType(event.upper()) if event is not None else None
        found = []
        for r in self.claims:
            if pred is not None and r.predicate is not pred:
                continue
            if stat is not None and r.qualifiers.status is not stat:
                continue
            if kind is not None and r.qualifiers.event is not kind:
                continue
            ends = (r.subject, r.object)
            if r.predicate.symmetric:
                if (sid and sid not in ends) or (oid and oid not in ends):
                    continue
                if sid and oid and sid == oid:
                    continue
            elif (sid and r.subject != sid) or (oid and r.object != oid):
                continue
            date = r.qualifiers.date
            if since and (date is None or date[: len(since)] < since):
                continue
            if until and (date is None or date[: len(until)] > until):
                continue
            found.append(r)
        return found

    def neighbors(
        self, name: str | Entity, predicate: str | Predicate | None = None
    ) -> list[tuple[Relation, Entity]]:
        """(relation, other end) for every relation of an entity with another entity.

        >>> from kg import load
        >>> graph = load("output/graph.ttl")
        >>> sorted({e.label for _, e in graph.neighbors("Witkoff", predicate="met")})
        ['Kirill Dmitriev', 'Vladimir Putin']
        """
        eid = self._id(name)
        pred = Predicate(predicate) if predicate is not None else None
        out: list[tuple[Relation, Entity]] = []
        for r in self.claims:
            if r.object is None or (pred is not None and r.predicate is not pred):
                continue
            if r.subject == eid:
                out.append((r, self.entities[r.object]))
            elif r.object == eid:
                out.append((r, self.entities[r.subject]))
        return out

    def path(self, source: str | Entity, target: str | Entity) -> list[Step]:
        """Shortest chain of relations from source to target (either direction), with evidence.

        Raises EntityNotFoundError for an unknown end; returns [] when the two are not connected.

        >>> from kg import load
        >>> steps = load("output/graph.ttl").path("Witkoff", "Zelensky")
        >>> [(s.relation.predicate.value, s.entity.label) for s in steps]
        [('envoy_of', 'Donald Trump'), ('spoke_with', 'Volodymyr Zelensky')]
        """
        a, b = self._id(source), self._id(target)
        assert a is not None
        assert b is not None
        graph = self._undirected()
        try:
            nodes = nx.shortest_path(graph, a, b, weight="weight")
        except nx.NetworkXNoPath:
            return []
        steps = []
        for u, v in itertools.pairwise(nodes):
            relation = min(graph.edges[u, v]["relations"], key=_path_cost)
            steps.append(Step(relation, self.entities[v]))
        return steps

    def _undirected(self) -> nx.Graph:
        graph = nx.Graph()
        graph.add_nodes_from(sorted(self.entities))
        for r in self.claims:
            if r.object is None:
                continue
            if graph.has_edge(r.subject, r.object):
                edge = graph.edges[r.subject, r.object]
                edge["relations"].append(r)
                edge["weight"] = min(edge["weight"], _path_cost(r)[0])
            else:
                graph.add_edge(r.subject, r.object, relations=[r], weight=_path_cost(r)[0])
        return graph

    def ego(self, name: str | Entity, radius: int = 1) -> KnowledgeGraph:
        """The subgraph within ``radius`` hops of an entity."""
        center = self._id(name)
        lengths = nx.single_source_shortest_path_length(self._undirected(), center, cutoff=radius)
        keep = set(lengths)
        return self.subgraph(keep)

    def subgraph(self, entity_ids: Iterable[str]) -> KnowledgeGraph:
        """The graph restricted to some entities and the relations among them."""
        keep = set(entity_ids)
        relations = [
            r for r in self.claims if r.subject in keep and (r.object is None or r.object in keep)
        ]
        used = {r.evidence.article for r in relations if r.evidence}
        return KnowledgeGraph(
            entities={k: v for k, v in self.entities.items() if k in keep},
            claims=relations,
            articles={k: v for k, v in self.articles.items() if k in used},
            mentions={k: v for k, v in self.mentions.items() if k in keep},
        )

    def timeline(self, name: str | Entity) -> list[Relation]:
        """Dated interactions of an entity, oldest first.

        >>> from kg import load
        >>> [r.qualifiers.date for r in load("output/graph.ttl").timeline("Putin")]
        ['2019', '2021', '2025-08-06', '2025-08-07']
        """
        eid = self._id(name)
        dated = [
            r
            for r in self.claims
            if r.qualifiers.date and r.predicate.interaction and eid in (r.subject, r.object)
        ]
        return sorted(dated, key=lambda r: (r.qualifiers.date or "", r.key()))

    def events(
        self,
        actor: str | Entity | None = None,
        predicate: str | Predicate | None = None,
        since: str | None = None,
        until: str | None = None,
        min_sources: int = 1,
        contested: bool | None = None,
    ) -> list[Event]:
        """Real-world events fused from the claims of every article (see ``kg.graph.fusion``),
        filtered by participant, predicate, date range, number of sources and dispute.

        >>> from kg import load
        >>> [(e.date, e.place, e.articles) for e in load("output/graph.ttl").events(
        ...     "Putin", predicate="met", since="2021", until="2021")]
        [('2021', 'Geneva', 1)]
        """
        from kg.graph.fusion import fuse_events, select_events

        return select_events(
            fuse_events(self),
            actor=self._id(actor),
            predicate=predicate,
            since=since,
            until=until,
            min_sources=min_sources,
            contested=contested,
        )

    def central(self, n: int = 10) -> list[Centrality]:
        """The ``n`` most connected actors by degree, with PageRank beside it."""
        graph = self._undirected()
        actors = [e for e in self.entities.values() if e.type is not EntityType.EVENT]
        if graph.number_of_edges() == 0:
            return []
        rank = pagerank(graph)
        scored = [Centrality(e, graph.degree(e.id), round(rank.get(e.id, 0.0), 6)) for e in actors]
        scored.sort(key=lambda c: (-c.degree, -c.pagerank, c.entity.label))
        return scored[:n]

    # -- views ----------------------------------------------------------------------------
    def to_networkx(self) -> nx.MultiDiGraph:
        """A MultiDiGraph: nodes are entity ids with ``label``, ``type``, ``aliases``, ``qid``,
        ``mentions``; edges carry ``predicate``, ``status``, ``date``, ``place``, ``title``,
        ``cameo``, ``event`` (PLOVER type), ``confidence``, ``article``, ``sentence``,
        ``relation`` (the Relation). Quotes (``stated``) are node attribute ``statements`` of
        the speaker."""
        graph = nx.MultiDiGraph()
        for e in sorted(self.entities.values(), key=lambda e: e.id):
            graph.add_node(
                e.id,
                label=e.label,
                type=e.type.value,
                aliases=list(e.aliases),
                qid=e.qid,
                iso=e.iso,
                country=e.country,
                sector=e.sector,
                mentions=e.mentions,
                articles=list(e.articles),
                statements=[],
            )
        for r in self.claims:
            if r.object is None:
                graph.nodes[r.subject]["statements"].append(r.value)
                continue
            q = r.qualifiers
            graph.add_edge(
                r.subject,
                r.object,
                key="|".join(r.key()),
                predicate=r.predicate.value,
                status=q.status.value,
                date=q.date,
                place=q.place,
                title=q.title,
                cameo=q.cameo,
                event=q.event.value if q.event else None,
                confidence=r.confidence,
                article=r.evidence.article if r.evidence else None,
                sentence=r.evidence.sentence if r.evidence else None,
                relation=r,
            )
        return graph

    def to_rdflib(self) -> Any:
        """An rdflib Graph of the same data (see ``kg.io.rdf``)."""
        return to_rdf(self)

    @classmethod
    def from_rdflib(cls, graph: Any) -> KnowledgeGraph:
        """The KnowledgeGraph an rdflib Graph of kg's RDF holds (``to_rdflib`` reversed)."""
        entities, claims, articles = graph_parts(graph)
        return cls(entities=entities, claims=claims, articles=articles)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KnowledgeGraph):
            return NotImplemented
        return self.entities == other.entities and sorted(
            self.claims, key=lambda r: r.key()
        ) == sorted(other.claims, key=lambda r: r.key())

    __hash__ = None  # type: ignore[assignment]
