"""The RDF view as rdflib structures: every relation as a direct triple and as a statement
node with its qualifiers and evidence; entities aligned to schema.org, SKOS, PROV-O and
Wikidata. Also reads the parts of a KnowledgeGraph back from the exported RDF alone. The
exported files are written by ``kg.io.rdfstream`` (the same triples, streamed); these
builders are the in-memory view (``KnowledgeGraph.to_rdflib``) and the reference it is tested
against.

This module does not import ``kg.graph.core``: it works on anything with ``entities``, ``claims``
and ``articles`` (``GraphData``), so the graph can depend on it and not the other way round.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any, Protocol

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kg.io.rdfstream import affiliations as stream_affiliations
from kg.io.rdfstream import places_of
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import (
    ARTICLE_NS,
    ENTITY_NS,
    KG,
    PLOVER_NS,
    PREFIXES,
    SCHEMA,
    WIKIDATA,
    EntityType,
    EventType,
    Predicate,
    Status,
    article_iri,
    entity_iri,
    event_iri,
    statement_iri,
)


class GraphData(Protocol):
    """What the RDF view reads: a KnowledgeGraph's entities, claims and articles."""

    @property
    def entities(self) -> dict[str, Entity]: ...
    @property
    def claims(self) -> Sequence[Relation]: ...
    @property
    def articles(self) -> dict[str, Article]: ...


def statement_id(relation: Relation) -> str:
    """Stable id of a statement node, from the relation's full content."""
    return relation.statement_id


def date_literal(value: str) -> Literal:
    """An ISO date as the matching XSD type: xsd:gYear, xsd:gYearMonth or xsd:date."""
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def _bind(graph: Graph | Dataset) -> None:
    # rdflib binds rdf: itself; binding it again reorders TriG's graphs
    for prefix, ns in PREFIXES.items():
        if prefix != "rdf":
            graph.bind(prefix, ns, replace=True)


def affiliations(kg: GraphData) -> dict[str, set[str]]:
    """Country codes each entity acts for: its own (gazetteer nationality, or a country's ISO
    code), and, through role claims, those of whom it leads, serves, advises or is envoy of
    (Witkoff envoy_of Trump -> US). Exported as ``kg:affiliation`` so that "what did the actors
    of two countries do to each other" is a plain join rather than a property-path search."""
    return stream_affiliations(kg.entities, kg.claims)


def _entity_triples(graph: Graph, entity: Entity, codes: Iterable[str] = ()) -> None:
    node = entity_iri(entity.id)
    graph.add((node, RDF.type, entity.type.rdf_class))
    graph.add((node, KG.entityType, Literal(entity.type.value)))
    graph.add((node, SKOS.prefLabel, Literal(entity.label)))
    graph.add((node, RDFS.label, Literal(entity.label)))
    for alias in entity.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias)))
    for name in {entity.label, *entity.aliases}:
        graph.add((node, KG.name, Literal(name)))
    graph.add((node, KG.mentionCount, Literal(entity.mentions)))
    if entity.qid:
        graph.add((node, OWL.sameAs, WIKIDATA[entity.qid]))
    if entity.iso:
        graph.add((node, KG.isoCode, Literal(entity.iso)))
    if entity.country:
        graph.add((node, KG.countryCode, Literal(entity.country)))
    if entity.sector:
        graph.add((node, KG.sector, Literal(entity.sector)))
    for article in entity.articles:
        graph.add((node, SCHEMA.subjectOf, article_iri(article)))
    for code in codes:
        graph.add((node, KG.affiliation, Literal(code)))


def _article_triples(graph: Graph, article: Article) -> None:
    node = article_iri(article.id)
    graph.add((node, RDF.type, SCHEMA.NewsArticle))
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, SCHEMA.identifier, Literal(article.id)))
    if article.title:
        graph.add((node, SCHEMA.headline, Literal(article.title)))
    if article.published:
        graph.add((node, SCHEMA.datePublished, date_literal(article.published)))
    if article.source:
        graph.add((node, SCHEMA.publisher, Literal(article.source)))
    if article.author:
        graph.add((node, SCHEMA.author, Literal(article.author)))
    if article.url:
        graph.add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.sha256:
        graph.add((node, KG.contentHash, Literal(article.sha256)))


def _relation_triples(graph: Graph, relation: Relation, places: dict[str, str]) -> None:
    subject = entity_iri(relation.subject)
    node = statement_iri(statement_id(relation))
    if relation.object is not None:
        graph.add((subject, relation.predicate.iri, entity_iri(relation.object)))
    graph.add((node, RDF.type, KG.Statement))
    graph.add((node, KG.subject, subject))
    graph.add((node, KG.predicate, relation.predicate.iri))
    if relation.object is not None:
        graph.add((node, KG.object, entity_iri(relation.object)))
    if relation.value is not None:
        graph.add((node, KG.objectLiteral, Literal(relation.value)))
    q = relation.qualifiers
    graph.add((node, KG.status, Literal(q.status.value)))
    if q.date:
        graph.add((node, KG.date, date_literal(q.date)))
    if q.place:
        place = places.get(q.place)
        graph.add((node, KG.place, entity_iri(place) if place else Literal(q.place)))
    if q.title:
        graph.add((node, KG.title, Literal(q.title)))
    if q.cameo:
        graph.add((node, KG.cameo, Literal(q.cameo)))
    if q.event:
        graph.add((node, KG.event, q.event.iri))
    graph.add((node, KG.confidence, Literal(Decimal(str(relation.confidence)))))
    ev = relation.evidence
    if ev is not None:
        graph.add((node, KG.article, article_iri(ev.article)))
        graph.add((node, PROV.wasDerivedFrom, article_iri(ev.article)))
        graph.add((node, KG.sentence, Literal(ev.sentence)))
        graph.add((node, KG.start, Literal(ev.start)))
        graph.add((node, KG.end, Literal(ev.end)))


def _event_triples(graph: Graph, kg: GraphData, places: dict[str, str]) -> None:
    """Fused events (kg/graph/fusion.py): a schema:Event per real-world occurrence, linked to the
    statement node of every report (prov:wasDerivedFrom), with its counts."""
    from kg.graph.fusion import fuse_events

    for event in fuse_events(kg):
        node = event_iri(event.id)
        graph.add((node, RDF.type, SCHEMA.Event))
        graph.add((node, KG.predicate, event.predicate.iri))
        for participant in event.participants:
            graph.add((node, KG.participant, entity_iri(participant)))
        if event.date:
            graph.add((node, KG.date, date_literal(event.date)))
        if event.place:
            place = places.get(event.place)
            graph.add((node, KG.place, entity_iri(place) if place else Literal(event.place)))
        graph.add((node, KG.articleCount, Literal(event.articles)))
        graph.add((node, KG.sourceCount, Literal(event.sources)))
        graph.add((node, KG.contested, Literal(event.contested)))
        for status in event.statuses:
            graph.add((node, KG.reportedStatus, Literal(status.value)))
        if event.first_report:
            graph.add((node, KG.firstReport, date_literal(event.first_report)))
        if event.last_report:
            graph.add((node, KG.lastReport, date_literal(event.last_report)))
        for report in event.reports:
            graph.add((node, PROV.wasDerivedFrom, statement_iri(report.statement)))


def _places(kg: GraphData) -> dict[str, str]:
    return places_of(kg.entities)


def _actors_and_articles(graph: Graph, kg: GraphData) -> None:
    codes = affiliations(kg)
    for entity in kg.entities.values():
        _entity_triples(graph, entity, codes[entity.id])
    for article in kg.articles.values():
        _article_triples(graph, article)


def to_rdf(kg: GraphData) -> Graph:
    """One rdflib Graph with entities, articles, direct triples and statement nodes."""
    graph = Graph()
    _bind(graph)
    _actors_and_articles(graph, kg)
    places = _places(kg)
    for relation in kg.claims:
        _relation_triples(graph, relation, places)
    _event_triples(graph, kg, places)
    return graph


def to_dataset(kg: GraphData) -> Dataset:
    """A Dataset: entities and articles in the default graph, each article's claims in a
    named graph whose name is the article's IRI (so one article's claims can be removed)."""
    dataset = Dataset()
    _bind(dataset)
    default = dataset.default_graph
    _actors_and_articles(default, kg)
    places = _places(kg)
    for relation in kg.claims:
        source = relation.evidence.article if relation.evidence else "unknown"
        _relation_triples(dataset.graph(article_iri(source)), relation, places)
    _event_triples(default, kg, places)
    return dataset


def write_jsonld(kg: GraphData) -> str:
    """JSON-LD of ``to_rdf``, in one order whatever the process: rdflib writes nodes and
    values in its sets' order, which Python's string hashing changes from run to run, so the
    document is put in canonical order (``_ordered``): same graph, same bytes."""
    document = json.loads(str(to_rdf(kg).serialize(format="json-ld")))
    return json.dumps(_ordered(document), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _ordered(value: Any, keep: bool = False) -> Any:
    """``value`` with every JSON-LD array sorted by its items' own canonical text (nodes and
    values are unordered sets in JSON-LD), save an ``@list``'s, whose order is data."""
    if isinstance(value, dict):
        return {k: _ordered(v, keep=k == "@list") for k, v in value.items()}
    if isinstance(value, list):
        items = [_ordered(v) for v in value]
        if keep:
            return items
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


# -- loading ----------------------------------------------------------------------------
def _local(iri: Any, ns: Namespace) -> str:
    return str(iri)[len(str(ns)) :]


def graph_parts(
    graph: Graph,
) -> tuple[dict[str, Entity], list[Relation], dict[str, Article]]:
    """Entities, claims and articles of a KnowledgeGraph, read back from its RDF
    (``KnowledgeGraph.from_rdflib`` builds the graph from them)."""
    entities: dict[str, Entity] = {}
    labels: dict[Any, str] = {}
    for node in sorted(set(graph.subjects(KG.entityType, None)), key=str):
        entity_id = _local(node, ENTITY_NS)
        label = str(graph.value(node, SKOS.prefLabel))
        labels[node] = label
        qid = graph.value(node, OWL.sameAs)
        iso = graph.value(node, KG.isoCode)
        country = graph.value(node, KG.countryCode)
        sector = graph.value(node, KG.sector)
        entities[entity_id] = Entity(
            id=entity_id,
            label=label,
            type=EntityType(str(graph.value(node, KG.entityType))),
            aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            qid=_local(qid, WIKIDATA) if qid is not None else None,
            iso=str(iso) if iso is not None else None,
            country=str(country) if country is not None else None,
            sector=str(sector) if sector is not None else None,
            mentions=int(str(graph.value(node, KG.mentionCount) or 0)),
            articles=tuple(
                sorted(_local(a, ARTICLE_NS) for a in graph.objects(node, SCHEMA.subjectOf))
            ),
        )
    articles: dict[str, Article] = {}
    for node in sorted(set(graph.subjects(RDF.type, KG.Article)), key=str):
        article_id = str(graph.value(node, SCHEMA.identifier))
        articles[article_id] = Article(
            id=article_id,
            path="",
            raw="",
            text="",
            offsets=(),
            paragraphs=(),
            title=_opt(graph.value(node, SCHEMA.headline)),
            published=_opt(graph.value(node, SCHEMA.datePublished)),
            source=_opt(graph.value(node, SCHEMA.publisher)),
            url=_opt(graph.value(node, SCHEMA.url)),
            sha256=str(graph.value(node, KG.contentHash) or ""),
            author=_opt(graph.value(node, SCHEMA.author)),
        )
    claims = []
    for node in sorted(set(graph.subjects(RDF.type, KG.Statement)), key=str):
        claims.append(_relation(graph, node, labels))
    claims.sort(key=lambda r: r.key())
    return entities, claims, articles


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _relation(graph: Graph, node: Any, labels: dict[Any, str]) -> Relation:
    value = graph.value
    predicate = Predicate(_local(value(node, KG.predicate), KG._NS))
    obj = value(node, KG.object)
    place = value(node, KG.place)
    event = value(node, KG.event)
    article = value(node, KG.article)
    evidence = None
    if article is not None:
        evidence = Evidence(
            article=_local(article, ARTICLE_NS),
            sentence=str(value(node, KG.sentence)),
            start=int(str(value(node, KG.start))),
            end=int(str(value(node, KG.end))),
        )
    return Relation(
        subject=_local(value(node, KG.subject), ENTITY_NS),
        predicate=predicate,
        object=_local(obj, ENTITY_NS) if obj is not None else None,
        qualifiers=Qualifiers(
            status=Status(str(value(node, KG.status))),
            date=_opt(value(node, KG.date)),
            place=(labels.get(place) if isinstance(place, URIRef) else _opt(place)),
            title=_opt(value(node, KG.title)),
            cameo=_opt(value(node, KG.cameo)),
            event=EventType(_local(event, PLOVER_NS)) if event is not None else None,
        ),
        evidence=evidence,
        confidence=float(value(node, KG.confidence)),
        value=_opt(value(node, KG.objectLiteral)),
    )
