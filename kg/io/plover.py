"""PLOVER event records: one JSON object a line per interaction claim, in the field names of
the PLOVER specification and its gold-standard records, so event-data tools read kg's output
as they read any coder's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.graph.core import KnowledgeGraph
from kg.model import Entity, Relation
from kg.vocab import EntityType, Predicate, Status

CODER = "kg"
CODEBOOK = "PLOVER 0.6 (CAMEO cue categories mapped as in kg.vocab.plover_of_cameo)"

# CAMEO 04x detail becomes PLOVER's CONSULT mode (spec table "CONSULT modes")
_MODES = {"041": "phone", "042": "visit", "043": "visit", "044": "third-party"}
# kg's status becomes PLOVER's standard contexts for what did not (yet) happen
_CONTEXTS = {
    Status.PLANNED: "future",
    Status.PROPOSED: "future",
    Status.HYPOTHETICAL: "hypothetical",
    Status.DENIED: "negation",
}


def country_code(alpha2: str | None) -> str | None:
    """ISO 3166 alpha-3 (PLOVER's actor ``code``) of an alpha-2 code.

    >>> country_code("RU"), country_code("XK"), country_code(None)
    ('RUS', 'XKX', None)
    """
    if not alpha2:
        return None
    if alpha2.upper() == "XK":
        return "XKX"  # Kosovo: user-assigned, as in ICEWS and PLOVER's coders
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2.upper())
    return country.alpha_3 if country is not None else None


def _actor(entity: Entity, codes: set[str]) -> dict[str, Any]:
    own = entity.iso or entity.country
    code = country_code(own) or next(
        (c for c in (country_code(x) for x in sorted(codes)) if c), None
    )
    actor: dict[str, Any] = {"actorText": entity.label}
    if code:
        actor["code"] = code
    sector = getattr(entity, "sector", None)
    if sector:
        actor["sector"] = str(sector)
    if entity.qid:
        # the spec's actor identifier is the Wikidata ID
        actor["identifierId"] = entity.qid
        actor["identifierText"] = entity.label
    actor["kgId"] = entity.id
    actor["kgType"] = entity.type.value
    return actor


def _refused(relation: Relation, event: str) -> bool:
    """Is the claim a cooperative act withheld, coded as its refusal (``refusal_cameo``)? Its
    REJECT is the event itself ("will not accept the refugees"), no negated event. A denied
    criticism's REJECT is its own trigger's ("did not reject the plan"): negated still."""
    return (
        event == "REJECT"
        and relation.qualifiers.status is Status.DENIED
        and relation.predicate is not Predicate.CRITICIZED
    )


def plover_record(
    kg: KnowledgeGraph, relation: Relation, codes: dict[str, set[str]]
) -> dict[str, Any] | None:
    """One claim as a PLOVER record, or None when the claim is no PLOVER event (roles,
    quotes, ``located_in``, or a CAMEO code PLOVER drops)."""
    from kg.io.graphml import event_type
    from kg.io.rdf import statement_id

    event = event_type(relation)
    if event is None or relation.object is None or not relation.predicate.interaction:
        return None
    q = relation.qualifiers
    ev = relation.evidence
    article = kg.articles.get(ev.article) if ev else None
    source = kg.entities[relation.subject]
    target = kg.entities[relation.object]
    sources = [_actor(source, codes.get(source.id, set()))]
    targets = [_actor(target, codes.get(target.id, set()))]
    if q.cameo == "043":
        # PLOVER codes the visitor as source and the host as target
        sources, targets = targets, sources
    elif relation.predicate.symmetric and q.cameo != "042":
        # a meeting with no host or visitor: every participant is a source
        sources, targets = sources + targets, []
    record: dict[str, Any] = {
        "id": f"kg-{statement_id(relation)}",
        "date": q.date or (article.published if article else None),
        "event": event,
        "source": sources,
    }
    if targets:
        record["target"] = targets
    mode = _MODES.get(q.cameo or "")
    if mode and event == "CONSULT":
        record["mode"] = mode
    context = _CONTEXTS.get(q.status)
    if context and not _refused(relation, event):
        record["context"] = context
    if q.place:
        loc: dict[str, Any] = {"name": q.place}
        where = _place(kg, q.place)
        if where is not None and (where.iso or where.country):
            loc["country code"] = where.iso or where.country  # geonames: alpha-2
            loc["cc3"] = country_code(where.iso or where.country)
        record["eventLoc"] = loc
    if ev is not None:
        record["eventText"] = ev.sentence
        record["text"] = ev.sentence
        record["textInfo"] = {"start": ev.start, "end": ev.end}
    record.update(
        {
            "storyId": ev.article if ev else None,
            "storyDate": article.published if article else None,
            "citeInfo": {
                key: value
                for key, value in (
                    ("url", article.url if article else None),
                    ("title", article.title if article else None),
                    ("publication", article.source if article else None),
                )
                if value
            },
            "language": article.language if article else "en",
            "coder": CODER,
            "codebook": CODEBOOK,
            "kgPredicate": relation.predicate.value,
            "kgStatus": q.status.value,
            "cameo": q.cameo,
            "confidence": relation.confidence,
        }
    )
    # optional fields are left out rather than null; `date` is required by the spec
    return {k: v for k, v in record.items() if k == "date" or v not in (None, "", {}, [])}


def _place(kg: KnowledgeGraph, name: str) -> Entity | None:
    try:
        found = kg.entity(name)
    except LookupError:
        return None
    return found if found.type in (EntityType.CITY, EntityType.COUNTRY, EntityType.PLACE) else None


def plover_records(kg: KnowledgeGraph) -> list[dict[str, Any]]:
    """Every interaction claim of ``kg`` as a PLOVER record, in claim order."""
    from kg.io.rdf import affiliations

    codes = affiliations(kg)
    records = (plover_record(kg, r, codes) for r in kg.claims)
    return [r for r in records if r is not None]


def plover_jsonl(kg: KnowledgeGraph) -> str:
    """The PLOVER records as JSON Lines (the spec's suggested interchange form)."""
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in plover_records(kg))


def write_plover(kg: KnowledgeGraph, path: Path) -> Path:
    """Write the PLOVER records of ``kg`` to ``path`` (atomically); returns the path."""
    from kg.io.export import write_atomic

    write_atomic(path, plover_jsonl(kg))
    return path
