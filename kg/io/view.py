"""What the interactive view draws and lists: edges grouped from claims, their width from the
sources of their events, the cut of a graph too big for one page, and the side panel's
records (claims, articles with safe links, entities). ``kg.io.html`` turns them into the page.
"""

from __future__ import annotations

import math
import os
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import Event
from kg.model import Article, Relation
from kg.vocab import Predicate


@dataclass(frozen=True, slots=True)
class ViewLimits:
    """How much one page holds.

    Past ``max_nodes`` entities or ``max_edges`` drawn edges the page shows the most connected
    entities only, with a notice (``bench/html_view.py``: 2,000 nodes and 5,000 edges took
    about 14 s to settle in headless Chromium on two cores; 1,500 and 4,000 settle in about
    10 s). The panel lists at most ``max_claims_per_edge`` claims of one edge and
    ``max_claims`` in all (shared out among the edges), a tooltip ``max_tooltip_claims``, an
    actor's panel ``max_quotes`` quotes, and a sentence or quote is cut at ``max_text``
    characters: whatever the graph, the page stays small enough to open.
    """

    max_nodes: int = 1500
    max_edges: int = 4000
    max_claims_per_edge: int = 50
    max_claims: int = 20_000
    max_tooltip_claims: int = 8
    max_quotes: int = 10
    max_text: int = 600

    def for_edges(self, edges: int) -> ViewLimits:
        """The limits of a page of ``edges`` edges: per-edge caps shrunk to share
        ``max_claims`` among them (at least one claim each).

        >>> [ViewLimits().for_edges(n).max_claims_per_edge for n in (10, 4000)]
        [50, 5]
        """
        per_edge = max(1, min(self.max_claims_per_edge, self.max_claims // max(1, edges)))
        return replace(
            self,
            max_claims_per_edge=per_edge,
            max_tooltip_claims=min(self.max_tooltip_claims, per_edge),
        )


DEFAULT_LIMITS = ViewLimits()


@dataclass(frozen=True, slots=True)
class DrawnEdge:
    """One drawn edge: all claims of one predicate and status between two entities."""

    source: str
    target: str
    predicate: str
    status: str
    relations: tuple[Relation, ...]

    @property
    def count(self) -> int:
        """Claims of the edge."""
        return len(self.relations)


def drawn_edges(kg: KnowledgeGraph) -> list[DrawnEdge]:
    """Edges as drawn: symmetric relations once per pair, claims grouped by status."""
    groups: dict[tuple[str, str, str, str], list[Relation]] = defaultdict(list)
    for r in kg.claims:
        if r.object is None:
            continue
        a, b = r.subject, r.object
        if r.predicate.symmetric and b < a:
            a, b = b, a
        groups[(a, b, r.predicate.value, r.qualifiers.status.value)].append(r)
    return [DrawnEdge(a, b, p, s, tuple(rs)) for (a, b, p, s), rs in sorted(groups.items())]


def edge_width(sources: int) -> float:
    """Width of an edge reported by ``sources`` distinct sources: grows with their logarithm,
    so twenty outlets read as a thick line without hiding everything else.

    >>> [edge_width(n) for n in (1, 2, 4, 20, 5000)]
    [1.5, 3.5, 5.5, 10.14, 12.0]
    """
    return round(min(12.0, 1.5 + 2.0 * math.log2(max(1, sources))), 2)


def claim_source(kg: KnowledgeGraph, claim: Relation) -> str:
    """Who reports a claim: the publisher of its article, else the article."""
    if claim.evidence is None:
        return ""
    article = kg.articles.get(claim.evidence.article)
    if article is not None and article.source:
        return article.source
    return claim.evidence.article


def edge_sources(
    kg: KnowledgeGraph, edges: Iterable[DrawnEdge], events: Iterable[Event]
) -> list[tuple[str, ...]]:
    """Distinct sources of each edge's events (sorted), in edge order.

    An edge's claims belong to fused events (``kg.graph.fusion``); the edge counts every
    source of those events, so a planned meeting later reported as held shares its sources.
    A claim outside any event (a role, a place) counts its own source.
    """
    by_statement = {report.statement: e for e in events for report in e.reports}
    out = []
    for edge in edges:
        names: set[str] = set()
        fused: dict[str, Event] = {}
        for claim in edge.relations:
            found = by_statement.get(claim.statement_id)
            if found is not None:
                fused[found.id] = found
            else:
                names.add(claim_source(kg, claim))
        for event in fused.values():
            names.update(r.source for r in event.reports)
        names.discard("")
        out.append(tuple(sorted(names)))
    return out


@dataclass(frozen=True, slots=True)
class Cut:
    """The part of a big graph that one page shows, and what it leaves out."""

    entities: frozenset[str]
    edges: tuple[DrawnEdge, ...]
    total_entities: int
    total_edges: int

    @property
    def partial(self) -> bool:
        """Whether the page leaves entities or edges out."""
        return len(self.entities) < self.total_entities or len(self.edges) < self.total_edges


def most_connected(
    kg: KnowledgeGraph, edges: list[DrawnEdge], limits: ViewLimits = DEFAULT_LIMITS
) -> Cut:
    """The entities a page shows: all of them within the limits, else the most connected
    (by drawn edges, then mentions, then id) and the edges among them, as many as fit.
    A cut page leaves out every entity with no relation (the page hides them anyway)."""
    if len(kg.entities) <= limits.max_nodes and len(edges) <= limits.max_edges:
        return Cut(frozenset(kg.entities), tuple(edges), len(kg.entities), len(edges))
    degree: Counter[str] = Counter()
    for edge in edges:
        degree[edge.source] += 1
        degree[edge.target] += 1
    ranked = sorted(
        (e for e in kg.entities.values() if degree[e.id]),
        key=lambda e: (-degree[e.id], -e.mentions, e.id),
    )
    rank = {e.id: i for i, e in enumerate(ranked)}
    # an edge is inside the top k entities when its lower-ranked end is
    reach = sorted(max(rank[e.source], rank[e.target]) for e in edges)
    keep = min(limits.max_nodes, len(ranked))
    if len(reach) > limits.max_edges and reach[limits.max_edges] < keep:
        keep = reach[limits.max_edges]
    chosen = frozenset(e.id for e in ranked[:keep])
    shown = tuple(e for e in edges if e.source in chosen and e.target in chosen)
    return Cut(chosen, shown, len(kg.entities), len(edges))


def safe_url(url: str | None) -> str | None:
    """An article URL fit for a link: http(s) with a host, no spaces or control characters.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    """
    if not url or any(ch.isspace() or ord(ch) < 32 or ch in "\"'<>`\\" for ch in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def file_href(path: str, page_dir: Path | None) -> str | None:
    """A relative link from the page's folder to an article file that exists, else None.

    The link is percent-encoded, so no part of it can read as a scheme (``javascript:``).
    """
    if not path or page_dir is None:
        return None
    file = Path(path)
    if not file.is_file():
        return None
    try:
        rel = os.path.relpath(file.resolve(), page_dir.resolve())
    except ValueError:  # another drive on Windows: no relative path exists
        return None
    return quote(Path(rel).as_posix())


def article_href(article: Article, page_dir: Path | None) -> str | None:
    """Where an article's link points: its URL from metadata, else its file, else nowhere."""
    return safe_url(article.url) or file_href(article.path, page_dir)


def clip(text: str, limit: int) -> str:
    """Text cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def claim_record(claim: Relation, limits: ViewLimits) -> dict[str, Any]:
    """One claim as the side panel lists it."""
    q = claim.qualifiers
    ev = claim.evidence
    return {
        "status": q.status.value,
        "date": q.date,
        "place": q.place,
        "event": q.event.value if q.event else None,
        "cameo": q.cameo,
        "title": q.title,
        "confidence": claim.confidence,
        "sentence": clip(ev.sentence, limits.max_text) if ev else "",
        "article": ev.article if ev else None,
    }


def panel_data(
    kg: KnowledgeGraph,
    cut: Cut,
    sources: list[tuple[str, ...]],
    events: Iterable[Event],
    page_dir: Path | None = None,
    limits: ViewLimits = DEFAULT_LIMITS,
) -> dict[str, Any]:
    """Everything the side panel and the date filter need, keyed by node and edge id."""
    by_statement = {r.statement: e for e in events for r in e.reports}
    used_articles: set[str] = set()
    edge_info: dict[str, Any] = {}
    for i, (edge, names) in enumerate(zip(cut.edges, sources, strict=True)):
        claims = sorted(edge.relations, key=lambda r: (r.qualifiers.date or "", r.key()))
        shown = claims[: limits.max_claims_per_edge]
        used_articles.update(r.evidence.article for r in shown if r.evidence)
        fused = {
            event.id: event
            for event in (by_statement.get(c.statement_id) for c in claims)
            if event is not None
        }
        edge_info[f"e{i}"] = {
            "claims": [claim_record(r, limits) for r in shown],
            "more": len(claims) - len(shown),
            "dates": sorted({r.qualifiers.date for r in claims if r.qualifiers.date}),
            "undated": any(r.qualifiers.date is None for r in claims),
            "sources": list(names[: limits.max_claims_per_edge]),
            "sources_more": max(0, len(names) - limits.max_claims_per_edge),
            "events": [_event_record(e) for _, e in sorted(fused.items())][
                : limits.max_claims_per_edge
            ],
            "events_more": max(0, len(fused) - limits.max_claims_per_edge),
        }
    quotes: dict[str, list[Relation]] = defaultdict(list)
    for r in kg.claims:
        if r.object is None and r.value and r.subject in cut.entities:
            quotes[r.subject].append(r)
    said = {
        entity_id: sorted(quotes[entity_id], key=lambda r: r.key())[: limits.max_quotes]
        for entity_id in cut.entities
    }
    return {"edges": edge_info, **_nodes_and_articles(kg, said, used_articles, page_dir, limits)}


def _nodes_and_articles(
    kg: KnowledgeGraph,
    said: dict[str, list[Relation]],
    used_articles: set[str],
    page_dir: Path | None,
    limits: ViewLimits,
) -> dict[str, Any]:
    """The panel's node records (one per key of ``said``, with the quotes shown) and the
    records of every article the panel cites (``used_articles`` and the quotes')."""
    node_info: dict[str, Any] = {}
    for entity_id in sorted(said):
        e = kg.entities[entity_id]
        quoted = said[entity_id]
        used_articles.update(r.evidence.article for r in quoted if r.evidence)
        node_info[entity_id] = {
            "label": e.label,
            "type": e.type.value,
            "aliases": list(e.aliases),
            "qid": e.qid,
            "iso": e.iso,
            "mentions": e.mentions,
            "articles": len(e.articles),
            "quotes": [
                {"text": clip(r.value or "", limits.max_text), "article": _article_of(r)}
                for r in quoted
            ],
        }
    articles = {}
    for article_id in sorted(used_articles):
        article = kg.articles.get(article_id)
        articles[article_id] = {
            "title": article.title if article else None,
            "source": article.source if article else None,
            "published": article.published if article else None,
            "href": article_href(article, page_dir) if article else None,
        }
    return {"nodes": node_info, "articles": articles}


def _article_of(claim: Relation) -> str | None:
    return claim.evidence.article if claim.evidence else None


def _event_record(event: Event) -> dict[str, Any]:
    return {
        "date": event.date,
        "place": event.place,
        "articles": event.articles,
        "sources": event.sources,
        "statuses": [s.value for s in event.statuses],
        "contested": event.contested,
    }


# -- a page from streams: what the page shows, not every claim --------------------------
EdgeKey = tuple[str, str, str, str]  # (source, target, predicate, status) of a drawn edge


def edge_key(claim: Relation) -> EdgeKey | None:
    """The drawn edge a claim belongs to (``drawn_edges``'s grouping); ``None`` for a claim
    with no object."""
    if claim.object is None:
        return None
    a, b = claim.subject, claim.object
    if claim.predicate.symmetric and b < a:
        a, b = b, a
    return (a, b, claim.predicate.value, claim.qualifiers.status.value)


def fused_claim(claim: Relation) -> bool:
    """Whether event fusion puts the claim into an event (``kg.graph.fusion._groups``)."""
    return (
        claim.predicate.interaction
        and claim.predicate is not Predicate.STATED
        and claim.object is not None
    )


@dataclass
class EdgeView:
    """A drawn edge of a page, with only what the page shows of its claims: the first ones
    in claim order (tooltip), the first by date then key (side panel), its dates, the
    sources of its claims and events, and its events' records."""

    source: str
    target: str
    predicate: str
    status: str
    count: int = 0  # claims
    relations: list[Relation] = field(default_factory=list)  # the first, in claim order
    earliest: list[Relation] = field(default_factory=list)  # the first by (date, key)
    dates: set[str] = field(default_factory=set)
    undated: bool = False
    names: set[str] = field(default_factory=set)  # sources
    events: list[dict[str, Any]] = field(default_factory=list)  # the first by event id
    fused: int = 0  # events


@dataclass
class PageData:
    """What one page draws and lists, gathered by streaming the claims and events (a big
    graph's claims are never all in memory): ``cut`` of the most connected, its edges in
    order, the limits shrunk to its edge count, and the quotes of its entities (the first
    of each speaker in claim order, for tooltips; the first by key, for the panel)."""

    cut: Cut
    edges: list[EdgeView]
    limits: ViewLimits
    titles_quotes: dict[str, list[str]]
    said: dict[str, list[Relation]]

    @property
    def sources(self) -> list[tuple[str, ...]]:
        """Distinct sources of each edge (as ``edge_sources``), in edge order."""
        return [tuple(sorted(edge.names - {""})) for edge in self.edges]


def page_data(
    kg: KnowledgeGraph, events: Iterable[Event], limits: ViewLimits = DEFAULT_LIMITS
) -> PageData:
    """The page's data, as ``most_connected``, ``edge_sources`` and ``panel_data`` give it
    from every drawn edge, but from three passes over the claims and one over the
    ``events`` (sorted by id): memory holds the edges' counts and the shown claims only."""
    counts: Counter[EdgeKey] = Counter()
    for claim in kg.claims:
        key = edge_key(claim)
        if key is not None:
            counts[key] += 1
    light = [DrawnEdge(*key, ()) for key in sorted(counts)]
    cut = most_connected(kg, light, limits)
    limits = limits.for_edges(len(cut.edges))
    views = {
        (e.source, e.target, e.predicate, e.status): EdgeView(
            e.source, e.target, e.predicate, e.status
        )
        for e in cut.edges
    }
    per_edge, tooltip = limits.max_claims_per_edge, limits.max_tooltip_claims
    titles_quotes: dict[str, list[str]] = defaultdict(list)
    said: dict[str, list[tuple[tuple[str, ...], int, Relation]]] = defaultdict(list)
    for index, claim in enumerate(kg.claims):
        if claim.value and claim.subject in cut.entities:
            if len(titles_quotes[claim.subject]) < 3:
                titles_quotes[claim.subject].append(claim.value)
            if claim.object is None:
                _keep_first(said[claim.subject], (claim.key(), index, claim), limits.max_quotes)
        key = edge_key(claim)
        view = views.get(key) if key is not None else None
        if view is None:
            continue
        view.count += 1
        if len(view.relations) < tooltip:
            view.relations.append(claim)
        _keep_first(view.earliest, claim, per_edge, _date_key)
        if claim.qualifiers.date:
            view.dates.add(claim.qualifiers.date)
        else:
            view.undated = True
        if not fused_claim(claim):
            view.names.add(claim_source(kg, claim))
    for event in events:
        if len(event.participants) != 2:
            continue
        a, b = event.participants
        for status in dict.fromkeys(r.status.value for r in event.reports):
            view = views.get((a, b, event.predicate.value, status))
            if view is None:
                continue
            view.fused += 1
            if len(view.events) < per_edge:
                view.events.append(_event_record(event))
            view.names.update(r.source for r in event.reports)
    for view in views.values():
        view.earliest.sort(key=_date_key)
        del view.earliest[per_edge:]
    quotes = {k: [r for _, _, r in sorted(v)[: limits.max_quotes]] for k, v in said.items()}
    return PageData(
        cut,
        [views[(e.source, e.target, e.predicate, e.status)] for e in cut.edges],
        limits,
        dict(titles_quotes),
        quotes,
    )


def _date_key(claim: Relation) -> tuple[str, tuple[str, ...]]:
    return (claim.qualifiers.date or "", claim.key())


def _keep_first(items: list[Any], item: Any, size: int, key: Any = None) -> None:
    """Append ``item``, keeping at least the ``size`` first of ``items`` by ``key`` (stable:
    sorted and cut whenever twice as many wait)."""
    items.append(item)
    if len(items) >= 2 * size + 16:
        items.sort(key=key)
        del items[size:]


def page_panel(kg: KnowledgeGraph, data: PageData, page_dir: Path | None = None) -> dict[str, Any]:
    """The side panel's records (``panel_data``'s) from ``page_data``."""
    limits = data.limits
    used_articles: set[str] = set()
    edge_info: dict[str, Any] = {}
    for i, (edge, names) in enumerate(zip(data.edges, data.sources, strict=True)):
        shown = edge.earliest
        used_articles.update(r.evidence.article for r in shown if r.evidence)
        edge_info[f"e{i}"] = {
            "claims": [claim_record(r, limits) for r in shown],
            "more": edge.count - len(shown),
            "dates": sorted(edge.dates),
            "undated": edge.undated,
            "sources": list(names[: limits.max_claims_per_edge]),
            "sources_more": max(0, len(names) - limits.max_claims_per_edge),
            "events": edge.events,
            "events_more": max(0, edge.fused - limits.max_claims_per_edge),
        }
    said = {entity_id: data.said.get(entity_id, []) for entity_id in data.cut.entities}
    return {"edges": edge_info, **_nodes_and_articles(kg, said, used_articles, page_dir, limits)}
