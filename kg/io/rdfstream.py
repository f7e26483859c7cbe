"""Streaming RDF writers: the same triples as ``kg.io.rdf`` (entities, articles, a direct
triple and a statement node per claim, fused events), produced one quad at a time in a fixed
order and written by pyoxigraph's streaming serializers. No graph of everything is built, so
writing costs time in proportion to the triples and memory in proportion to one subject.

Order: the default graph first (entities by id, articles by id, events by id), then each claim
in the order the claims come (a claim's direct triple and its statement node in the named graph
of its article). Turtle and N-Triples drop the graph names. Same input, same bytes.

The API, for writers that do not hold a KnowledgeGraph (``kg add`` streaming from a store):

- ``default_quads(data, events, codes, places)`` and ``claim_quads(claims, places)`` give the
  quads; ``rdf_quads(data)`` chains them for a whole graph;
- ``write_rdf(data, fmt, output)`` writes a whole graph as ``turtle``, ``trig``, ``nt`` or
  ``nq`` to a path or binary file;
- ``serialize_quads(quads, fmt, output)`` writes any stream of quads with kg's prefixes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol, cast

import pyoxigraph as ox

from kg.model import Article, Entity, Relation
from kg.vocab import (
    ARTICLE_NS,
    BASE,
    ENTITY_NS,
    EVENT_NS,
    KG,
    PLOVER_NS,
    PREFIXES,
    ROLE_PREDICATES,
    SCHEMA,
    STATEMENT_NS,
    EntityType,
    Predicate,
)

if TYPE_CHECKING:
    from kg.graph.fusion import Event


class StreamData(Protocol):
    """What the streaming writers read: entities and articles by id, and claims that can be
    iterated more than once (a list, or a view over a file of claims)."""

    @property
    def entities(self) -> Mapping[str, Entity]: ...
    @property
    def claims(self) -> Iterable[Relation]: ...
    @property
    def articles(self) -> Mapping[str, Article]: ...


FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
}
"""Formats written by streaming, by the name ``kg build --format`` takes."""

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_OWL = "http://www.w3.org/2002/07/owl#"
_PROV = "http://www.w3.org/ns/prov#"
_KG = BASE + "ontology#"
_SCHEMA = str(SCHEMA)


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


class _V:
    """The terms kg writes, made once (a NamedNode costs as much as a short quad)."""

    type = _n(_RDF + "type")
    label = _n(_RDFS + "label")
    pref = _n(_SKOS + "prefLabel")
    alt = _n(_SKOS + "altLabel")
    same = _n(_OWL + "sameAs")
    derived = _n(_PROV + "wasDerivedFrom")
    integer = _n(_XSD + "integer")
    decimal = _n(_XSD + "decimal")
    boolean = _n(_XSD + "boolean")
    any_uri = _n(_XSD + "anyURI")
    g_year = _n(_XSD + "gYear")
    g_year_month = _n(_XSD + "gYearMonth")
    date = _n(_XSD + "date")
    news = _n(_SCHEMA + "NewsArticle")
    event = _n(_SCHEMA + "Event")
    subject_of = _n(_SCHEMA + "subjectOf")
    identifier = _n(_SCHEMA + "identifier")
    headline = _n(_SCHEMA + "headline")
    published = _n(_SCHEMA + "datePublished")
    publisher = _n(_SCHEMA + "publisher")
    author = _n(_SCHEMA + "author")
    url = _n(_SCHEMA + "url")


# every term the ontology declares (kg.vocab.KG), by name
_K = {name: _n(_KG + name) for name in KG.__annotations__}
_CLASSES = {t: _n(str(t.rdf_class)) for t in EntityType}
_PREDICATES = {p: _n(str(p.iri)) for p in Predicate}
_TRUE = ox.Literal("true", datatype=_V.boolean)
_FALSE = ox.Literal("false", datatype=_V.boolean)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(int(value)), datatype=_V.integer)


def _date(value: str) -> ox.Literal:
    """An ISO date as the matching XSD type: xsd:gYear, xsd:gYearMonth or xsd:date."""
    kind = {4: _V.g_year, 7: _V.g_year_month}.get(len(value), _V.date)
    return ox.Literal(value, datatype=kind)


def _decimal(value: float) -> ox.Literal:
    """A confidence as an xsd:decimal in plain notation ("0.9", never "9E-1")."""
    text = format(Decimal(str(value)), "f")
    return ox.Literal(text if "." in text else text + ".0", datatype=_V.decimal)


class _Iris:
    """Entity nodes, made once each (bounded by the entity table), and article nodes, the
    last ``ARTICLE_NODES`` kept (claims come by article or by key: a node per article of the
    corpus held for the whole write would grow with the articles)."""

    ARTICLE_NODES = 4_096

    def __init__(self) -> None:
        self.entities: dict[str, ox.NamedNode] = {}
        self.articles: dict[str, ox.NamedNode] = {}

    def entity(self, entity_id: str) -> ox.NamedNode:
        node = self.entities.get(entity_id)
        if node is None:
            node = self.entities[entity_id] = _n(str(ENTITY_NS) + entity_id)
        return node

    def article(self, article_id: str) -> ox.NamedNode:
        node = self.articles.get(article_id)
        if node is None:
            if len(self.articles) >= self.ARTICLE_NODES:
                self.articles.clear()
            node = self.articles[article_id] = _n(str(ARTICLE_NS) + article_id)
        return node


def affiliations(entities: Mapping[str, Entity], claims: Iterable[Relation]) -> dict[str, set[str]]:
    """Country codes each entity acts for (see ``kg.io.rdf.affiliations``); reads the claims
    once and keeps only the role pairs."""
    codes = {e.id: {c for c in (e.country, e.iso) if c} for e in entities.values()}
    roles = sorted(
        {
            (r.subject, r.object)
            for r in claims
            if r.predicate in ROLE_PREDICATES and r.object is not None
        }
    )
    for _ in range(3):  # role chains are short: envoy of a leader of a country
        changed = False
        for holder, of in roles:
            new = codes.get(of, set()) - codes[holder]
            if new:
                codes[holder] |= new
                changed = True
        if not changed:
            break
    return codes


def places_of(entities: Mapping[str, Entity]) -> dict[str, str]:
    """Place label -> entity id (the last id in id order wins, as in ``kg.io.rdf``)."""
    return {e.label: e.id for e in sorted(entities.values(), key=lambda e: e.id)}


Quad = ox.Quad


def _entity_quads(
    entity: Entity, codes: Iterable[str], iris: _Iris, graph: Any
) -> Iterator[ox.Quad]:
    node = iris.entity(entity.id)
    label = ox.Literal(entity.label)
    yield Quad(node, _V.type, _CLASSES[entity.type], graph)
    yield Quad(node, _K["entityType"], ox.Literal(entity.type.value), graph)
    yield Quad(node, _V.pref, label, graph)
    yield Quad(node, _V.label, label, graph)
    for alias in sorted(set(entity.aliases)):
        yield Quad(node, _V.alt, ox.Literal(alias), graph)
    for name in sorted({entity.label, *entity.aliases}):
        yield Quad(node, _K["name"], ox.Literal(name), graph)
    yield Quad(node, _K["mentionCount"], _int(entity.mentions), graph)
    if entity.qid:
        yield Quad(node, _V.same, _n("http://www.wikidata.org/entity/" + entity.qid), graph)
    if entity.iso:
        yield Quad(node, _K["isoCode"], ox.Literal(entity.iso), graph)
    if entity.country:
        yield Quad(node, _K["countryCode"], ox.Literal(entity.country), graph)
    if entity.sector:
        yield Quad(node, _K["sector"], ox.Literal(entity.sector), graph)
    for article in sorted(set(entity.articles)):
        yield Quad(node, _V.subject_of, iris.article(article), graph)
    for code in sorted(codes):
        yield Quad(node, _K["affiliation"], ox.Literal(code), graph)


def _article_quads(article: Article, iris: _Iris, graph: Any) -> Iterator[ox.Quad]:
    node = iris.article(article.id)
    yield Quad(node, _V.type, _V.news, graph)
    yield Quad(node, _V.type, _K["Article"], graph)
    yield Quad(node, _V.identifier, ox.Literal(article.id), graph)
    if article.title:
        yield Quad(node, _V.headline, ox.Literal(article.title), graph)
    if article.published:
        yield Quad(node, _V.published, _date(article.published), graph)
    if article.source:
        yield Quad(node, _V.publisher, ox.Literal(article.source), graph)
    if article.author:
        yield Quad(node, _V.author, ox.Literal(article.author), graph)
    if article.url:
        yield Quad(node, _V.url, ox.Literal(article.url, datatype=_V.any_uri), graph)
    if article.sha256:
        yield Quad(node, _K["contentHash"], ox.Literal(article.sha256), graph)


def _event_quads(
    events: Iterable[Event], places: Mapping[str, str], iris: _Iris, graph: Any
) -> Iterator[ox.Quad]:
    for event in events:
        node = _n(str(EVENT_NS) + event.id)
        yield Quad(node, _V.type, _V.event, graph)
        yield Quad(node, _K["predicate"], _PREDICATES[event.predicate], graph)
        for participant in sorted(set(event.participants)):
            yield Quad(node, _K["participant"], iris.entity(participant), graph)
        if event.date:
            yield Quad(node, _K["date"], _date(event.date), graph)
        if event.place:
            yield Quad(node, _K["place"], _place(event.place, places, iris), graph)
        yield Quad(node, _K["articleCount"], _int(event.articles), graph)
        yield Quad(node, _K["sourceCount"], _int(event.sources), graph)
        yield Quad(node, _K["contested"], _TRUE if event.contested else _FALSE, graph)
        for status in sorted({s.value for s in event.statuses}):
            yield Quad(node, _K["reportedStatus"], ox.Literal(status), graph)
        if event.first_report:
            yield Quad(node, _K["firstReport"], _date(event.first_report), graph)
        if event.last_report:
            yield Quad(node, _K["lastReport"], _date(event.last_report), graph)
        for statement in sorted({r.statement for r in event.reports}):
            yield Quad(node, _V.derived, _n(str(STATEMENT_NS) + statement), graph)


def _place(place: str, places: Mapping[str, str], iris: _Iris) -> ox.NamedNode | ox.Literal:
    found = places.get(place)
    return iris.entity(found) if found else ox.Literal(place)


def default_quads(
    data: StreamData,
    events: Iterable[Event] | None = None,
    codes: Mapping[str, Iterable[str]] | None = None,
    places: Mapping[str, str] | None = None,
    *,
    iris: _Iris | None = None,
) -> Iterator[ox.Quad]:
    """The default graph: entities by id (with their affiliations ``codes``), articles by id,
    then ``events`` (fused from the claims when not given)."""
    iris = iris or _Iris()
    graph = ox.DefaultGraph()
    if codes is None:
        codes = affiliations(data.entities, data.claims)
    if places is None:
        places = places_of(data.entities)
    if events is None:
        from kg.graph.fusion import fuse_events

        events = fuse_events(data)  # type: ignore[arg-type]
    for entity_id in sorted(data.entities):
        yield from _entity_quads(data.entities[entity_id], codes.get(entity_id, ()), iris, graph)
    for article_id in sorted(data.articles):
        yield from _article_quads(data.articles[article_id], iris, graph)
    yield from _event_quads(events, places, iris, graph)


def claim_quads(
    claims: Iterable[Relation],
    places: Mapping[str, str],
    *,
    named: bool = True,
    iris: _Iris | None = None,
) -> Iterator[ox.Quad]:
    """Each claim's direct triple (when its object is an entity) and statement node, in the
    named graph of its article (``named``) or the default graph."""
    iris = iris or _Iris()
    default = ox.DefaultGraph()
    unknown = _n(str(ARTICLE_NS) + "unknown")
    for relation in claims:
        ev = relation.evidence
        graph = (iris.article(ev.article) if ev else unknown) if named else default
        subject = iris.entity(relation.subject)
        node = _n(str(STATEMENT_NS) + relation.statement_id)
        obj = iris.entity(relation.object) if relation.object is not None else None
        if obj is not None:
            yield Quad(subject, _PREDICATES[relation.predicate], obj, graph)
        yield Quad(node, _V.type, _K["Statement"], graph)
        yield Quad(node, _K["subject"], subject, graph)
        yield Quad(node, _K["predicate"], _PREDICATES[relation.predicate], graph)
        if obj is not None:
            yield Quad(node, _K["object"], obj, graph)
        if relation.value is not None:
            yield Quad(node, _K["objectLiteral"], ox.Literal(relation.value), graph)
        q = relation.qualifiers
        yield Quad(node, _K["status"], ox.Literal(q.status.value), graph)
        if q.date:
            yield Quad(node, _K["date"], _date(q.date), graph)
        if q.place:
            yield Quad(node, _K["place"], _place(q.place, places, iris), graph)
        if q.title:
            yield Quad(node, _K["title"], ox.Literal(q.title), graph)
        if q.cameo:
            yield Quad(node, _K["cameo"], ox.Literal(q.cameo), graph)
        if q.event:
            yield Quad(node, _K["event"], _n(str(PLOVER_NS) + q.event.value), graph)
        yield Quad(node, _K["confidence"], _decimal(relation.confidence), graph)
        if ev is not None:
            article = iris.article(ev.article)
            yield Quad(node, _K["article"], article, graph)
            yield Quad(node, _V.derived, article, graph)
            yield Quad(node, _K["sentence"], ox.Literal(ev.sentence), graph)
            yield Quad(node, _K["start"], _int(ev.start), graph)
            yield Quad(node, _K["end"], _int(ev.end), graph)


def rdf_quads(data: StreamData, *, named: bool = True) -> Iterator[ox.Quad]:
    """Every quad of a graph: ``default_quads`` then ``claim_quads``; with ``named``, claims
    held in a list are taken article by article, so that each named graph is written once."""
    iris = _Iris()
    places = places_of(data.entities)
    yield from default_quads(data, places=places, iris=iris)
    from kg.graph.core import SpooledClaims, article_order

    claims: Iterable[Relation] = data.claims
    if named and isinstance(claims, list):
        claims = sorted(claims, key=article_order)
    elif named and isinstance(claims, SpooledClaims):
        claims = claims.by_article()  # sorted on disk, in runs
    yield from claim_quads(claims, places, named=named, iris=iris)


PREFIX_IRIS: dict[str, str] = {name: str(ns) for name, ns in sorted(PREFIXES.items())}
"""kg's prefixes as pyoxigraph takes them."""
_HEADER = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIX_IRIS.items()).encode()


class _SortedHeader:
    """A binary file wrapper that writes kg's ``@prefix`` lines, sorted by prefix, in place of
    the serializer's own (the same lines, in the library's order) and passes the rest on."""

    def __init__(self, out: IO[bytes]) -> None:
        self.out = out
        self.pending = b""
        self.passing = False

    def write(self, data: bytes) -> int:
        if self.passing:
            self.out.write(data)
            return len(data)
        self.pending += data
        if len(self.pending) >= len(_HEADER):
            head, rest = self.pending[: len(_HEADER)], self.pending[len(_HEADER) :]
            if sorted(head.splitlines()) != sorted(_HEADER.splitlines()):
                raise ValueError("unexpected Turtle header from pyoxigraph")
            self.out.write(_HEADER + b"\n" + rest)
            self.passing, self.pending = True, b""
        return len(data)

    def flush(self) -> None:
        self.out.flush()

    def close(self) -> None:
        self.out.write(self.pending)  # a graph too small to have had a header


def serialize_quads(quads: Iterable[ox.Quad], fmt: str, output: str | Path | IO[bytes]) -> None:
    """Write quads as ``fmt`` (``turtle``, ``trig``, ``nt``, ``nq``) to a path or binary
    file; a triple format drops the graph names."""
    if not isinstance(output, str | Path):
        _serialize(quads, fmt, output)
        return
    with open(output, "wb") as handle:
        _serialize(quads, fmt, handle)


def _serialize(quads: Iterable[ox.Quad], fmt: str, handle: IO[bytes]) -> None:
    kind = FORMATS[fmt]
    stream: Iterable[Any] = quads if kind.supports_datasets else (q.triple for q in quads)
    if kind in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        wrapper = _SortedHeader(handle)
        ox.serialize(stream, cast("IO[bytes]", wrapper), kind, prefixes=PREFIX_IRIS)
        wrapper.close()
    else:
        ox.serialize(stream, handle, kind)


def write_rdf(data: StreamData, fmt: str, output: str | Path | IO[bytes]) -> None:
    """Write a whole graph as ``fmt`` to a path or binary file, one quad at a time.

    >>> import io
    >>> from kg.graph.core import KnowledgeGraph
    >>> buffer = io.BytesIO()
    >>> write_rdf(KnowledgeGraph(entities={}, claims=[]), "nt", buffer)
    >>> buffer.getvalue()
    b''
    """
    serialize_quads(rdf_quads(data, named=FORMATS[fmt].supports_datasets), fmt, output)


def write_turtle(data: StreamData, output: str | Path | IO[bytes]) -> None:
    """Turtle of a whole graph (``write_rdf`` with ``turtle``)."""
    write_rdf(data, "turtle", output)


def write_trig(data: StreamData, output: str | Path | IO[bytes]) -> None:
    """TriG of a whole graph: a named graph per article."""
    write_rdf(data, "trig", output)


def write_ntriples(data: StreamData, output: str | Path | IO[bytes]) -> None:
    """N-Triples of a whole graph."""
    write_rdf(data, "nt", output)


def write_nquads(data: StreamData, output: str | Path | IO[bytes]) -> None:
    """N-Quads of a whole graph: a named graph per article (the store's bulk loader reads it
    fastest)."""
    write_rdf(data, "nq", output)
