"""The RDF view: every relation as a direct triple and as a statement node with its
qualifiers and evidence; entities aligned to schema.org, SKOS, PROV-O and Wikidata. Also
rebuilds a KnowledgeGraph from the exported RDF alone.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from kg.errors import GraphError
from kg.graph import KnowledgeGraph
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import (
    ARTICLE_NS,
    ENTITY_NS,
    KG,
    STATEMENT_NS,
    WIKIDATA,
    EntityType,
    Predicate,
    Status,
    article_iri,
    entity_iri,
    short_hash,
    statement_iri,
)

SCHEMA = Namespace("https://schema.org/")
TYPE_CLASSES: dict[EntityType, URIRef] = {
    EntityType.PERSON: SCHEMA.Person,
    EntityType.ORGANIZATION: SCHEMA.Organization,
    EntityType.COUNTRY: SCHEMA.Country,
    EntityType.CITY: SCHEMA.City,
    EntityType.PLACE: SCHEMA.Place,
    EntityType.EVENT: SCHEMA.Event,
    EntityType.GROUP: KG.Group,
}
PREFIXES = {
    "kg": KG._NS,
    "ent": ENTITY_NS,
    "stmt": STATEMENT_NS,
    "art": ARTICLE_NS,
    "schema": SCHEMA,
    "skos": SKOS,
    "prov": PROV,
    "owl": OWL,
    "wd": WIKIDATA,
    "xsd": XSD,
    "rdfs": RDFS,
}
FORMATS = {"turtle": "ttl", "nt": "nt", "trig": "trig", "json-ld": "jsonld"}


def statement_id(relation: Relation) -> str:
    """Stable id of a statement node, from the relation's full content."""
    return short_hash(*relation.key(), length=16)


def date_literal(value: str) -> Literal:
    """An ISO date as the matching XSD type: xsd:gYear, xsd:gYearMonth or xsd:date."""
    if len(value) == 4:
        return Literal(value, datatype=XSD.gYear)
    if len(value) == 7:
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def _bind(graph: Graph | Dataset) -> None:
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, replace=True)


ROLE_PREDICATES = frozenset(
    {
        Predicate.LEADER_OF,
        Predicate.MEMBER_OF,
        Predicate.ENVOY_OF,
        Predicate.ADVISER_TO,
        Predicate.SPOKESPERSON_FOR,
    }
)


def affiliations(kg: KnowledgeGraph) -> dict[str, set[str]]:
    """Country codes each entity acts for: its own (gazetteer nationality, or a country's ISO
    code), and, through role claims, those of whom it leads, serves, advises or is envoy of
    (Witkoff envoy_of Trump -> US). Exported as ``kg:affiliation`` so that "what did the actors
    of two countries do to each other" is a plain join rather than a property-path search."""
    codes = {e.id: {c for c in (e.country, e.iso) if c} for e in kg.entities.values()}
    roles = [
        (r.subject, r.object)
        for r in kg.claims
        if r.predicate in ROLE_PREDICATES and r.object is not None
    ]
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


def _entity_triples(graph: Graph, entity: Entity, codes: Iterable[str] = ()) -> None:
    node = entity_iri(entity.id)
    graph.add((node, RDF.type, TYPE_CLASSES[entity.type]))
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
    graph.add((node, KG.confidence, Literal(Decimal(str(relation.confidence)))))
    ev = relation.evidence
    if ev is not None:
        graph.add((node, KG.article, article_iri(ev.article)))
        graph.add((node, PROV.wasDerivedFrom, article_iri(ev.article)))
        graph.add((node, KG.sentence, Literal(ev.sentence)))
        graph.add((node, KG.start, Literal(ev.start)))
        graph.add((node, KG.end, Literal(ev.end)))


def _places(kg: KnowledgeGraph) -> dict[str, str]:
    return {e.label: e.id for e in sorted(kg.entities.values(), key=lambda e: e.id)}


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """One rdflib Graph with entities, articles, direct triples and statement nodes."""
    graph = Graph()
    _bind(graph)
    codes = affiliations(kg)
    for entity in kg.entities.values():
        _entity_triples(graph, entity, codes[entity.id])
    for article in kg.articles.values():
        _article_triples(graph, article)
    places = _places(kg)
    for relation in kg.claims:
        _relation_triples(graph, relation, places)
    return graph


def to_dataset(kg: KnowledgeGraph) -> Dataset:
    """A Dataset: entities and articles in the default graph, each article's claims in a
    named graph whose name is the article's IRI (so one article's claims can be removed)."""
    dataset = Dataset()
    _bind(dataset)
    default = dataset.default_graph
    codes = affiliations(kg)
    for entity in kg.entities.values():
        _entity_triples(default, entity, codes[entity.id])
    for article in kg.articles.values():
        _article_triples(default, article)
    places = _places(kg)
    for relation in kg.claims:
        source = relation.evidence.article if relation.evidence else "unknown"
        _relation_triples(dataset.graph(article_iri(source)), relation, places)
    return dataset


def serialize(kg: KnowledgeGraph, fmt: str = "turtle") -> str:
    """The graph as text in ``fmt`` (turtle, nt, trig, json-ld); N-Triples lines are sorted."""
    if fmt == "trig":
        return str(to_dataset(kg).serialize(format="trig"))
    text = str(to_rdf(kg).serialize(format=fmt))
    if fmt == "nt":
        return "".join(sorted(line + "\n" for line in text.splitlines() if line.strip()))
    return text


# -- loading ----------------------------------------------------------------------------
def _local(iri: Any, ns: Namespace) -> str:
    return str(iri)[len(str(ns)) :]


def read_rdf(path: str | Path, allow_network: bool | None = None) -> Graph:
    """Parse an exported file (format from its suffix) into one rdflib Graph.

    A JSON-LD file whose ``@context`` would be fetched is refused unless ``allow_network``
    (or ``$KG_ALLOW_NETWORK``) says otherwise.
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such graph file. Run `kg build ... --out DIR` first.")
    suffix = path.suffix.lower()
    fmt = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}.get(suffix)
    if fmt is None:
        raise GraphError(f"{path}: unknown RDF format; use .ttl, .nt, .trig or .jsonld.")
    if fmt == "json-ld":
        from kg.offline import check_jsonld

        check_jsonld(path, allow_network)
    try:
        if fmt == "trig":
            dataset = Dataset()
            dataset.parse(path, format="trig")
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphError(
            f"{path}: cannot parse as {fmt} ({str(exc)[:200]}). The file may be truncated: "
            "rebuild it with `kg build ... --out DIR`."
        ) from exc
    return graph


def from_rdf(graph: Graph) -> KnowledgeGraph:
    """Rebuild the KnowledgeGraph from its RDF (entities, articles, statements)."""
    entities: dict[str, Entity] = {}
    labels: dict[Any, str] = {}
    for node in sorted(set(graph.subjects(KG.entityType, None)), key=str):
        entity_id = _local(node, ENTITY_NS)
        label = str(graph.value(node, SKOS.prefLabel))
        labels[node] = label
        qid = graph.value(node, OWL.sameAs)
        iso = graph.value(node, KG.isoCode)
        country = graph.value(node, KG.countryCode)
        entities[entity_id] = Entity(
            id=entity_id,
            label=label,
            type=EntityType(str(graph.value(node, KG.entityType))),
            aliases=tuple(sorted(str(a) for a in graph.objects(node, SKOS.altLabel))),
            qid=_local(qid, WIKIDATA) if qid is not None else None,
            iso=str(iso) if iso is not None else None,
            country=str(country) if country is not None else None,
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
        )
    claims = []
    for node in sorted(set(graph.subjects(RDF.type, KG.Statement)), key=str):
        claims.append(_relation(graph, node, labels))
    claims.sort(key=lambda r: r.key())
    return KnowledgeGraph(entities=entities, claims=claims, articles=articles)


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)


def _relation(graph: Graph, node: Any, labels: dict[Any, str]) -> Relation:
    value = graph.value
    predicate = Predicate(_local(value(node, KG.predicate), KG._NS))
    obj = value(node, KG.object)
    place = value(node, KG.place)
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
        ),
        evidence=evidence,
        confidence=float(value(node, KG.confidence)),
        value=_opt(value(node, KG.objectLiteral)),
    )


def load_graph(path: str | Path, allow_network: bool | None = None) -> KnowledgeGraph:
    """Load a KnowledgeGraph from an exported RDF file, without spaCy.

    A file that parses but lacks parts of kg's model (cut at a statement boundary, or not
    written by kg) is a GraphError naming the file, not a crash later in a view.
    """
    graph = read_rdf(path, allow_network)
    try:
        kg = from_rdf(graph)
    except (TypeError, ValueError, KeyError) as exc:
        raise GraphError(
            f"{path}: is not a complete kg graph ({type(exc).__name__}: {str(exc)[:200]}). "
            "Rebuild it with `kg build ... --out DIR`."
        ) from exc
    named = {r.subject for r in kg.claims} | {r.object for r in kg.claims if r.object}
    missing = sorted(named - set(kg.entities))
    if missing:
        raise GraphError(
            f"{path}: statements name {len(missing)} entit(ies) the file does not describe "
            f"(e.g. {missing[0]}); the file looks truncated. Rebuild it with `kg build`."
        )
    return kg
