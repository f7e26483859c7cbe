"""The project's vocabulary: predicates, entity types, statuses and the RDF namespace.

Every predicate, type and IRI used anywhere in kg is defined here and nowhere else.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from enum import StrEnum
from functools import cache
from importlib import resources

from rdflib import Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

BASE = "https://kg.example.org/"
"""Root of every IRI kg mints; the vocabulary lives under ``ontology#``."""


class KG(DefinedNamespace):
    """Terms of the kg ontology (``kg/ontology.ttl``); a misspelt term raises."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Statement: URIRef
    Article: URIRef
    Group: URIRef
    Region: URIRef
    Relation: URIRef
    PloverEventTypes: URIRef
    StatusValue: URIRef
    EntityTypeValue: URIRef
    # statement properties
    subject: URIRef
    predicate: URIRef
    object: URIRef
    objectLiteral: URIRef
    status: URIRef
    date: URIRef
    place: URIRef
    title: URIRef
    cameo: URIRef
    event: URIRef
    confidence: URIRef
    article: URIRef
    sentence: URIRef
    start: URIRef
    end: URIRef
    # entity and article properties
    entityType: URIRef
    mentionCount: URIRef
    isoCode: URIRef
    countryCode: URIRef
    sector: URIRef
    contentHash: URIRef
    affiliation: URIRef
    name: URIRef
    wikidata: URIRef
    # fused events (kg/graph/fusion.py)
    participant: URIRef
    articleCount: URIRef
    sourceCount: URIRef
    contested: URIRef
    firstReport: URIRef
    lastReport: URIRef
    reportedStatus: URIRef
    # direct relations
    met: URIRef
    spoke_with: URIRef
    visited: URIRef
    negotiated_with: URIRef
    attacked: URIRef
    threatened: URIRef
    sanctioned: URIRef
    criticized: URIRef
    supported: URIRef
    agreed_with: URIRef
    cooperated_with: URIRef
    conceded_to: URIRef
    withdrew_from: URIRef
    requested: URIRef
    mobilized: URIRef
    coerced: URIRef
    stated: URIRef
    leader_of: URIRef
    adviser_to: URIRef
    envoy_of: URIRef
    spokesperson_for: URIRef
    member_of: URIRef
    located_in: URIRef


ENTITY_NS = Namespace(BASE + "entity/")
STATEMENT_NS = Namespace(BASE + "statement/")
ARTICLE_NS = Namespace(BASE + "article/")
EVENT_NS = Namespace(BASE + "event/")
PLOVER_NS = Namespace(BASE + "plover#")
"""SKOS concepts of the PLOVER event types (``kg:PloverEventTypes`` in ``kg/ontology.ttl``)."""
WIKIDATA = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

PREFIXES: dict[str, Namespace] = {
    "kg": KG._NS,
    "ent": ENTITY_NS,
    "stmt": STATEMENT_NS,
    "art": ARTICLE_NS,
    "evt": EVENT_NS,
    "plover": PLOVER_NS,
    "schema": SCHEMA,
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "owl": Namespace(str(OWL)),
    "wd": WIKIDATA,
    "xsd": Namespace(str(XSD)),
    "rdfs": Namespace(str(RDFS)),
    "rdf": Namespace(str(RDF)),
}
"""Every prefix kg binds in its exports and declares for SPARQL queries."""


class EntityType(StrEnum):
    """Kinds of node; values are the names used in JSONL and as schema.org-aligned classes."""

    PERSON = "Person"
    ORGANIZATION = "Organization"
    COUNTRY = "Country"
    CITY = "City"
    PLACE = "Place"
    GROUP = "Group"
    EVENT = "Event"

    @property
    def rdf_class(self) -> URIRef:
        """The class of the entity's node: schema.org's, or ``kg:Group``."""
        return KG.Group if self is EntityType.GROUP else SCHEMA[self.value]


class Family(StrEnum):
    """Predicate families, used for colours in the HTML view."""

    COOPERATION = "cooperation"
    CONFLICT = "conflict"
    ROLE = "role"
    PLACE = "place"
    STATEMENT = "statement"


class Predicate(StrEnum):
    """Relation types; the value is the name in JSONL and the local name of the RDF property."""

    MET = "met"
    SPOKE_WITH = "spoke_with"
    VISITED = "visited"
    NEGOTIATED_WITH = "negotiated_with"
    ATTACKED = "attacked"
    THREATENED = "threatened"
    SANCTIONED = "sanctioned"
    CRITICIZED = "criticized"
    SUPPORTED = "supported"
    AGREED_WITH = "agreed_with"
    COOPERATED_WITH = "cooperated_with"
    CONCEDED_TO = "conceded_to"
    WITHDREW_FROM = "withdrew_from"
    REQUESTED = "requested"
    MOBILIZED = "mobilized"
    COERCED = "coerced"
    STATED = "stated"
    LEADER_OF = "leader_of"
    ADVISER_TO = "adviser_to"
    ENVOY_OF = "envoy_of"
    SPOKESPERSON_FOR = "spokesperson_for"
    MEMBER_OF = "member_of"
    LOCATED_IN = "located_in"

    @property
    def symmetric(self) -> bool:
        return self in _SYMMETRIC

    @property
    def interaction(self) -> bool:
        """Interactions carry status, date, place and a CAMEO code; roles do not."""
        return self not in _ROLES

    @property
    def family(self) -> Family:
        return _FAMILY[self]

    @property
    def iri(self) -> URIRef:
        return URIRef(str(KG._NS) + self.value)

    @property
    def events(self) -> frozenset[EventType]:
        """The PLOVER types an interaction of this predicate can carry (none for roles,
        places and quotes); which one a claim has follows its CAMEO code."""
        return _EVENTS.get(self, frozenset())


_SYMMETRIC = frozenset(
    {
        Predicate.MET,
        Predicate.SPOKE_WITH,
        Predicate.NEGOTIATED_WITH,
        Predicate.AGREED_WITH,
        Predicate.COOPERATED_WITH,
    }
)
_ROLES = frozenset(
    {
        Predicate.LEADER_OF,
        Predicate.ADVISER_TO,
        Predicate.ENVOY_OF,
        Predicate.SPOKESPERSON_FOR,
        Predicate.MEMBER_OF,
        Predicate.LOCATED_IN,
    }
)
_FAMILY = {
    Predicate.MET: Family.COOPERATION,
    Predicate.SPOKE_WITH: Family.COOPERATION,
    Predicate.VISITED: Family.COOPERATION,
    Predicate.NEGOTIATED_WITH: Family.COOPERATION,
    Predicate.SUPPORTED: Family.COOPERATION,
    Predicate.AGREED_WITH: Family.COOPERATION,
    Predicate.COOPERATED_WITH: Family.COOPERATION,
    Predicate.CONCEDED_TO: Family.COOPERATION,
    Predicate.WITHDREW_FROM: Family.COOPERATION,
    Predicate.REQUESTED: Family.COOPERATION,
    Predicate.MOBILIZED: Family.CONFLICT,
    Predicate.COERCED: Family.CONFLICT,
    Predicate.ATTACKED: Family.CONFLICT,
    Predicate.THREATENED: Family.CONFLICT,
    Predicate.SANCTIONED: Family.CONFLICT,
    Predicate.CRITICIZED: Family.CONFLICT,
    Predicate.STATED: Family.STATEMENT,
    Predicate.LEADER_OF: Family.ROLE,
    Predicate.ADVISER_TO: Family.ROLE,
    Predicate.ENVOY_OF: Family.ROLE,
    Predicate.SPOKESPERSON_FOR: Family.ROLE,
    Predicate.MEMBER_OF: Family.ROLE,
    Predicate.LOCATED_IN: Family.PLACE,
}

ROLE_PREDICATES = frozenset(p for p in Predicate if p.family is Family.ROLE)
"""Roles a person holds in a country, body or for another person (not ``located_in``)."""


class EventType(StrEnum):
    """PLOVER event types (the successor of CAMEO's 20 roots); an interaction's ``event``."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"

    @property
    def iri(self) -> URIRef:
        """The SKOS concept of the type, e.g. ``<https://kg.example.org/plover#ASSAULT>``."""
        return PLOVER_NS[self.value]


_EVENTS = {
    Predicate.MET: frozenset({EventType.CONSULT}),
    Predicate.SPOKE_WITH: frozenset({EventType.CONSULT}),
    Predicate.VISITED: frozenset({EventType.CONSULT}),
    Predicate.NEGOTIATED_WITH: frozenset({EventType.CONSULT}),
    Predicate.AGREED_WITH: frozenset({EventType.AGREE}),
    Predicate.SUPPORTED: frozenset({EventType.SUPPORT, EventType.AID}),
    Predicate.COOPERATED_WITH: frozenset({EventType.COOPERATE}),
    Predicate.CONCEDED_TO: frozenset({EventType.CONCEDE}),
    Predicate.WITHDREW_FROM: frozenset({EventType.RETREAT}),
    Predicate.REQUESTED: frozenset({EventType.REQUEST}),
    Predicate.CRITICIZED: frozenset({EventType.ACCUSE, EventType.REJECT, EventType.PROTEST}),
    Predicate.THREATENED: frozenset({EventType.THREATEN}),
    # a sanction by administrative or judicial means stays PLOVER COERCE (reported_predicate)
    Predicate.SANCTIONED: frozenset({EventType.SANCTION, EventType.COERCE}),
    Predicate.MOBILIZED: frozenset({EventType.MOBILIZE}),
    Predicate.COERCED: frozenset({EventType.COERCE}),
    Predicate.ATTACKED: frozenset({EventType.ASSAULT}),
}


@cache
def _cameo_plover() -> dict[str, EventType]:
    """CAMEO root or more specific prefix -> PLOVER type, from ``kg/data/plover.json`` (the one
    table the lexicon builder checks its codes against too). Roots 01 (statements) and 09
    (investigations) have no PLOVER type."""
    data = plover_table()
    codes = {**data["cameo_roots"], **data["exceptions"]}
    return {code: EventType(kind) for code, kind in codes.items()}


@cache
def plover_table() -> dict[str, dict[str, str]]:
    """``kg/data/plover.json``, read once: the one reader of the CAMEO -> PLOVER -> predicate
    tables, for kg and for the lexicon builder (``tools/lexicon/cameo.py``)."""
    table: dict[str, dict[str, str]] = json.loads(
        resources.files("kg").joinpath("data/plover.json").read_text("utf-8")
    )
    return table


def predicate_of_cameo(cameo: str) -> Predicate | None:
    """The predicate a trigger with this CAMEO code gets: its PLOVER type's, or for a CONSULT
    code (04) the code's own (meet, telephone, visit, negotiate); None for a code with no
    PLOVER type (01 statements, 09 investigations) or a CONSULT code with no predicate.

    >>> predicate_of_cameo("112"), predicate_of_cameo("042"), predicate_of_cameo("012")
    (<Predicate.CRITICIZED: 'criticized'>, <Predicate.VISITED: 'visited'>, None)
    """
    event = plover_of_cameo(cameo)
    if event is None:
        return None
    data = plover_table()
    name = (
        data["consult_predicates"].get(cameo[:3])
        if event is EventType.CONSULT
        else data["predicates"][event.value]
    )
    return Predicate(name) if name else None


def plover_of_cameo(cameo: str | None) -> EventType | None:
    """The PLOVER type of a CAMEO code, by its longest known prefix.

    >>> plover_of_cameo("042"), plover_of_cameo("0571"), plover_of_cameo("0874")
    (<EventType.CONSULT: 'CONSULT'>, <EventType.AGREE: 'AGREE'>, <EventType.RETREAT: 'RETREAT'>)
    """
    if not cameo:
        return None
    table = _cameo_plover()
    for length in range(min(len(cameo), 4), 1, -1):
        if cameo[:length] in table:
            return table[cameo[:length]]
    return None


# CAMEO 172-174: administrative sanctions (bans, fines, dismissals), arrests, charges and
# sentences, expulsions and deportations. Their PLOVER type is COERCE, but news and the
# annotation of real news report a state punishing someone this way as a sanction
# ("fined by the AFC", "sentenced Morsi", "deported from South Africa"), so a claim of
# ``coerced`` with one of these codes is exported as ``sanctioned`` (its CAMEO code, and so
# its PLOVER type, unchanged). Seizures (171), repression (170, 175), restrictions of freedoms,
# curfews and martial law (1721-1724), cyber attacks (176) and blockades (191) stay ``coerced``.
_SANCTION_CODES = ("172", "173", "174")


def reported_predicate(predicate: Predicate, cameo: str | None) -> Predicate:
    """The predicate a claim is exported with: ``coerced`` by a punishing code is ``sanctioned``.

    >>> reported_predicate(Predicate.COERCED, "173").value
    'sanctioned'
    >>> reported_predicate(Predicate.COERCED, "1711").value
    'coerced'
    """
    if predicate is Predicate.COERCED and cameo in _SANCTION_CODES:
        return Predicate.SANCTIONED
    return predicate


# CAMEO 03 ("express intent to ...") counterpart of each cooperative code, by longest prefix:
# PLOVER codes a cooperative action reported as future or offered as AGREE ("All cooperative
# actions reported in future tense are also taken to imply intentions", PLOVER manual, AGREE),
# as CAMEO codes "will meet" 036 and "will provide aid" 033.
_INTENT_CAMEO = {
    "04": "036",
    "05": "032",
    "057": "030",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
}


def intent_cameo(cameo: str | None) -> str | None:
    """The CAMEO 03 intent code (PLOVER AGREE) of a cooperative code, else None.

    >>> intent_cameo("042"), intent_cameo("0711"), intent_cameo("0874"), intent_cameo("173")
    ('036', '0331', '0356', None)
    """
    if not cameo:
        return None
    for length in (3, 2):
        if cameo[:length] in _INTENT_CAMEO:
            return _INTENT_CAMEO[cameo[:length]]
    return None


# CAMEO 12 ("reject", "refuse to ...") counterpart of each cooperative code, by longest prefix:
# the mirror of the intent table. A cooperative act refused or withheld ("will not accept the
# refugees" 122, "refused to meet" 125, "failed to reach agreement" 127, "will not release the
# pilot" 1243) is what CAMEO and the PLOVER records code as REJECT, not the act negated.
_REFUSAL_CAMEO = {
    "04": "125",
    "045": "126",
    "05": "120",
    "057": "127",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
}


def refusal_cameo(cameo: str | None) -> str | None:
    """The CAMEO 12 refusal code (PLOVER REJECT) of a cooperative code, else None.

    >>> refusal_cameo("042"), refusal_cameo("0721"), refusal_cameo("0874"), refusal_cameo("173")
    ('125', '1222', '1246', None)
    """
    if not cameo:
        return None
    for length in (3, 2):
        if cameo[:length] in _REFUSAL_CAMEO:
            return _REFUSAL_CAMEO[cameo[:length]]
    return None


class Status(StrEnum):
    """How certain the text is that an interaction happened."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    PROPOSED = "proposed"
    HYPOTHETICAL = "hypothetical"
    DENIED = "denied"


def slugify(label: str) -> str:
    """ASCII slug of a label, for readable IRIs.

    >>> slugify("Mohammed bin Zayed Al Nahyan")
    'mohammed-bin-zayed-al-nahyan'
    >>> slugify("Volodymyr Zelenskyy's")
    'volodymyr-zelenskyy-s'
    """
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def short_hash(*parts: str, length: int = 10) -> str:
    """Stable hex digest of text parts (sha256), used to keep IRIs unique and deterministic."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


def mint_entity_id(label: str, entity_type: EntityType, qid: str | None = None) -> str:
    """Stable id for an entity: its Wikidata QID when known, else a slug plus a hash.

    The hash keeps two labels with the same slug (or none: emoji, Arabic script) apart.

    >>> mint_entity_id("Vladimir Putin", EntityType.PERSON, "Q7747")
    'Q7747'
    >>> mint_entity_id("Kirill Dmitriev", EntityType.PERSON)
    'kirill-dmitriev-ad530aef97'
    """
    if qid:
        return qid
    slug = slugify(label)[:60] or "entity"
    return f"{slug}-{short_hash(entity_type.value, label)}"


def entity_iri(entity_id: str) -> URIRef:
    return ENTITY_NS[entity_id]


def article_iri(article_id: str) -> URIRef:
    return ARTICLE_NS[article_id]


def event_iri(event_id: str) -> URIRef:
    return EVENT_NS[event_id]


def statement_iri(statement_id: str) -> URIRef:
    return STATEMENT_NS[statement_id]
