"""Cross-article event fusion: claims that report the same real-world occurrence become one
event, with its reports, how many independent sources give it, and whether they disagree.

Claims fuse when they share the predicate and the participants (in either order for a
symmetric predicate), their dates are compatible (equal, or one less precise and containing
the other, or days at most ``max_day_gap`` apart) and so are their places (equal, or one
located in the other, or one unknown). The thresholds are data (``kg/data/fusion.json``).
Events are derived from the claims, so ``kg add`` and ``kg remove`` attach and detach
reports by rebuilding them; an event with no report left is gone.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from kg.io.spool import SortedSpool
from kg.model import Relation
from kg.vocab import Predicate, Status, short_hash

if TYPE_CHECKING:
    from kg.io.rdf import GraphData as KnowledgeGraph  # what fusion reads of a graph


@dataclass(frozen=True, slots=True)
class FusionRules:
    """When two reports are the same event (``kg/data/fusion.json``)."""

    max_day_gap: int = 1
    undated_joins_single_event: bool = True
    undated_window_days: int = 3


@lru_cache(maxsize=1)
def default_rules() -> FusionRules:
    """The shipped fusion thresholds."""
    data = json.loads(resources.files("kg").joinpath("data/fusion.json").read_text("utf-8"))
    return FusionRules(
        max_day_gap=int(data["max_day_gap"]),
        undated_joins_single_event=bool(data["undated_joins_single_event"]),
        undated_window_days=int(data["undated_window_days"]),
    )


@dataclass(frozen=True, slots=True)
class Report:
    """One claim that reports an event: its statement, article, source and what it says."""

    statement: str
    article: str
    source: str
    published: str | None
    status: Status
    date: str | None
    place: str | None
    sentence: str


@dataclass(frozen=True, slots=True)
class Event:
    """One real-world occurrence and every report of it, in the order they were published."""

    id: str
    predicate: Predicate
    participants: tuple[str, ...]
    date: str | None
    place: str | None
    reports: tuple[Report, ...]

    @property
    def articles(self) -> int:
        """Number of distinct articles reporting the event."""
        return len({r.article for r in self.reports})

    @property
    def sources(self) -> int:
        """Number of distinct sources (publishers where known, else articles)."""
        return len({r.source for r in self.reports})

    @property
    def statuses(self) -> tuple[Status, ...]:
        """Statuses in report order (a planned meeting that later happened: planned, occurred)."""
        return tuple(dict.fromkeys(r.status for r in self.reports))

    @property
    def contested(self) -> bool:
        """Some reports say it happened and others deny it."""
        found = set(self.statuses)
        return Status.OCCURRED in found and Status.DENIED in found

    @property
    def first_report(self) -> str | None:
        dates = [r.published for r in self.reports if r.published]
        return min(dates) if dates else None

    @property
    def last_report(self) -> str | None:
        dates = [r.published for r in self.reports if r.published]
        return max(dates) if dates else None


def dates_compatible(a: str | None, b: str | None, max_day_gap: int = 1) -> bool:
    """Two ISO dates (year, year-month or day) can name the same occurrence.

    >>> dates_compatible("2021", "2021-06-16"), dates_compatible("2019", "2021")
    (True, False)
    >>> dates_compatible("2021-06-16", "2021-06-17"), dates_compatible("2021-06-16", "2021-06-20")
    (True, False)
    """
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return True
    if len(a) == len(b) == 10:
        try:
            gap = abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
        except ValueError:
            return False
        return gap <= max_day_gap
    return False


class _Cluster:
    """Claims of one event being formed, with their dates and places kept as they come
    (a busy pair of actors has thousands of claims; reading them again at each step is slow)."""

    def __init__(self) -> None:
        self.claims = _Claims(self)
        self._dates: list[str] = []
        self._places: list[str] = []

    def dates(self) -> list[str]:
        return self._dates

    def places(self) -> list[str]:
        return self._places


class _Claims(list[Relation]):
    """The claims of a cluster; adding one records its date and place on the cluster."""

    def __init__(self, cluster: _Cluster) -> None:
        super().__init__()
        self._cluster = cluster

    def append(self, claim: Relation) -> None:
        super().append(claim)
        if claim.qualifiers.date:
            self._cluster._dates.append(claim.qualifiers.date)
        if claim.qualifiers.place:
            self._cluster._places.append(claim.qualifiers.place)

    def extend(self, claims: Iterable[Relation]) -> None:
        for claim in claims:
            self.append(claim)


def _places_compatible(a: str | None, b: str | None, inside: dict[str, set[str]]) -> bool:
    if a is None or b is None or a == b:
        return True
    return b in inside.get(a, set()) or a in inside.get(b, set())


def _containment(graph: KnowledgeGraph) -> dict[str, set[str]]:
    """Place label -> labels of the places it lies in (transitively), from located_in claims."""
    up: dict[str, set[str]] = defaultdict(set)
    for r in graph.claims:
        if r.predicate is Predicate.LOCATED_IN and r.object is not None:
            inner, outer = graph.entities.get(r.subject), graph.entities.get(r.object)
            if inner is not None and outer is not None:
                up[inner.label].add(outer.label)
    closed: dict[str, set[str]] = {}
    for place in up:
        seen: set[str] = set()
        todo = list(up[place])
        while todo:
            nxt = todo.pop()
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(up.get(nxt, ()))
        closed[place] = seen
    return closed


def _published(graph: KnowledgeGraph, claim: Relation) -> str | None:
    article = graph.articles.get(claim.evidence.article) if claim.evidence else None
    return article.published if article is not None else None


def _by_publication(graph: KnowledgeGraph, claims: list[Relation], window: int) -> list[_Cluster]:
    """Undated reports that no dated event takes: one event per run of reports published
    within ``window`` days of the run's first (news of one occurrence comes out together);
    reports of an article with no date stay with their own article."""
    keyed = sorted(claims, key=lambda c: (_published(graph, c) or "", c.key()))
    clusters: list[_Cluster] = []
    start: str | None = None
    for claim in keyed:
        published = _published(graph, claim)
        article = claim.evidence.article if claim.evidence else ""
        current = clusters[-1] if clusters else None
        if current is not None and (
            (
                published is None
                and current.claims[-1].evidence is not None
                and current.claims[-1].evidence.article == article
            )
            or (
                published is not None
                and start is not None
                and dates_compatible(start, published, window)
                and len(start) == len(published) == 10
            )
        ):
            current.claims.append(claim)
            continue
        cluster = _Cluster()
        cluster.claims.append(claim)
        clusters.append(cluster)
        start = published
    return clusters


def _undated_fits(claim: Relation, cluster: _Cluster, published: str | None, window: int) -> bool:
    """An undated report belongs with a dated event only when its article's date places it
    there: a plan reported before the event, or a report published within ``window`` days
    after it (or in the same month or year, when that is all the event's date says)."""
    when = _agreed_date(cluster.dates())
    if published is None or when is None:
        return False
    common = min(len(when), len(published))
    if claim.qualifiers.status in (Status.PLANNED, Status.PROPOSED):
        return when[:common] >= published[:common]
    if when[:common] > published[:common]:
        return False
    return dates_compatible(when, published, window)


def _agreed_date(dates: list[str]) -> str | None:
    if not dates:
        return None
    counts = Counter(dates)
    return min(dates, key=lambda d: (-len(d), -counts[d], d))


def _agreed_place(places: list[str], inside: dict[str, set[str]]) -> str | None:
    if not places:
        return None
    counts = Counter(places)
    # the most specific: a place others lie in is less specific than one inside it
    return min(places, key=lambda p: (-len(inside.get(p, ())), -counts[p], p))


def fuse_events(
    graph: KnowledgeGraph, rules: FusionRules | None = None
) -> list[Event] | SortedSpool[Event]:
    """Events of a graph's interaction claims, sorted by id (a list, or for a big graph a
    ``SortedSpool``: iterate it).

    Claims are grouped by predicate and participants; within a group, dated claims (most
    precise first) join the first event whose every date and place they agree with. Undated
    claims join the group's event when there is exactly one, else they form one event of
    their own (which report they belong with cannot be told from the text).
    """
    rules = rules or default_rules()
    inside = _containment(graph)
    events = SortedSpool(
        (
            event
            for key, claims in _groups(graph)
            for event in _fuse_group(graph, key, claims, rules, inside)
        ),
        _event_id,
        weight=_event_size,  # an event of a busy pair can hold thousands of reports
    )
    held = events.in_memory()
    return held if held is not None else events  # a big graph's wait on disk, sorted


def _event_id(event: Event) -> str:
    return event.id


def _event_size(event: Event) -> int:
    return 1 + len(event.reports)


def _group(r: Relation) -> tuple[str, ...]:
    """The predicate and participants of an interaction claim (in order when symmetric)."""
    ends = (r.subject, r.object or "")
    return (r.predicate.value, *(sorted(ends) if r.predicate.symmetric else ends))


def _group_order(r: Relation) -> tuple[tuple[str, ...], tuple[str, ...]]:
    return _group(r), r.key()


def _groups(graph: KnowledgeGraph) -> Iterator[tuple[tuple[str, ...], list[Relation]]]:
    """The interaction claims grouped by predicate and participants (one group in memory at
    a time: a big graph's claims are sorted into groups on disk)."""
    interactions = (
        r
        for r in graph.claims
        if r.predicate.interaction and r.predicate is not Predicate.STATED and r.object is not None
    )
    ordered = SortedSpool(interactions, _group_order)
    for key, claims in itertools.groupby(ordered, key=_group):
        yield key, list(claims)


def _fuse_group(
    graph: KnowledgeGraph,
    key: tuple[str, ...],
    claims: list[Relation],
    rules: FusionRules,
    inside: dict[str, set[str]],
) -> Iterator[Event]:
    """The events of one group of claims (one predicate, the same participants)."""
    dated = sorted(
        (c for c in claims if c.qualifiers.date),
        key=lambda c: (-len(c.qualifiers.date or ""), c.qualifiers.date, c.key()),
    )
    undated = sorted((c for c in claims if not c.qualifiers.date), key=lambda c: c.key())
    clusters: list[_Cluster] = []
    for claim in dated:
        q = claim.qualifiers
        for cluster in clusters:
            # distinct values only: a pair with thousands of reports has few dates
            if all(
                dates_compatible(q.date, d, rules.max_day_gap)
                for d in dict.fromkeys(cluster.dates())
            ) and all(
                _places_compatible(q.place, p, inside) for p in dict.fromkeys(cluster.places())
            ):
                cluster.claims.append(claim)
                break
        else:
            cluster = _Cluster()
            cluster.claims.append(claim)
            clusters.append(cluster)
    rest: list[Relation] = []
    for claim in undated:
        if (
            rules.undated_joins_single_event
            and len(clusters) == 1
            and _undated_fits(
                claim, clusters[0], _published(graph, claim), rules.undated_window_days
            )
        ):
            clusters[0].claims.append(claim)
        else:
            rest.append(claim)
    clusters.extend(_by_publication(graph, rest, rules.undated_window_days))
    predicate = Predicate(key[0])
    for cluster in clusters:
        yield _event(graph, predicate, key[1:], cluster, inside)


def _event(
    graph: KnowledgeGraph,
    predicate: Predicate,
    participants: tuple[str, ...],
    cluster: _Cluster,
    inside: dict[str, set[str]],
) -> Event:
    reports = []
    for claim in cluster.claims:
        ev = claim.evidence
        article = graph.articles.get(ev.article) if ev is not None else None
        article_id = ev.article if ev is not None else ""
        reports.append(
            Report(
                statement=claim.statement_id,
                article=article_id,
                source=(article.source if article is not None and article.source else article_id),
                published=article.published if article is not None else None,
                status=claim.qualifiers.status,
                date=claim.qualifiers.date,
                place=claim.qualifiers.place,
                sentence=ev.sentence if ev is not None else "",
            )
        )
    reports.sort(key=lambda r: (r.published or "", r.article, r.statement))
    # the id rests on the earliest report, so later reports attach without renaming the event
    event_id = short_hash(predicate.value, *participants, reports[0].statement, length=16)
    return Event(
        id=event_id,
        predicate=predicate,
        participants=participants,
        date=_agreed_date(cluster.dates()),
        place=_agreed_place(cluster.places(), inside),
        reports=tuple(reports),
    )


def select_events(
    events: Iterable[Event],
    *,
    actor: str | None = None,
    predicate: Predicate | str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_sources: int = 1,
    contested: bool | None = None,
) -> list[Event]:
    """Events filtered by participant id, predicate, date range (by prefix), sources, dispute."""
    wanted = Predicate(predicate) if predicate is not None else None
    out = []
    for e in events:
        if actor is not None and actor not in e.participants:
            continue
        if wanted is not None and e.predicate is not wanted:
            continue
        if since is not None and (e.date is None or e.date[: len(since)] < since):
            continue
        if until is not None and (e.date is None or e.date[: len(until)] > until):
            continue
        if e.sources < min_sources or (contested is not None and e.contested is not contested):
            continue
        out.append(e)
    return out


def event_record(graph: KnowledgeGraph, event: Event) -> dict[str, Any]:
    """One event in the ``events.jsonl`` shape."""
    return {
        "id": event.id,
        "predicate": event.predicate.value,
        "participants": [
            {"id": p, "label": graph.entities[p].label} if p in graph.entities else {"id": p}
            for p in event.participants
        ],
        "date": event.date,
        "place": event.place,
        "articles": event.articles,
        "sources": event.sources,
        "statuses": [s.value for s in event.statuses],
        "contested": event.contested,
        "first_report": event.first_report,
        "last_report": event.last_report,
        "reports": [
            {
                "statement": r.statement,
                "article": r.article,
                "source": r.source,
                "published": r.published,
                "status": r.status.value,
                "date": r.date,
                "place": r.place,
                "sentence": r.sentence,
            }
            for r in event.reports
        ],
    }


def events_jsonl(graph: KnowledgeGraph, events: Iterable[Event] | None = None) -> str:
    """Every event as one JSON line, sorted by id."""
    chosen = fuse_events(graph) if events is None else events
    lines = [json.dumps(event_record(graph, e), ensure_ascii=False) for e in chosen]
    return "".join(line + "\n" for line in lines)
