"""Evaluation as a product feature: precision, recall and F1 of entities and relations against
our own gold (tests/gold/) and the public development sets (CoNLL04, CrossRE news, PLOVER).

Mappings from this vocabulary to each benchmark's labels are the tables below; they are the
choices the README documents.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import KgError
from kg.graph.core import KnowledgeGraph
from kg.ingest.articles import make_article
from kg.model import Relation
from kg.vocab import ROLE_PREDICATES, EntityType, EventType, Predicate, Status

ROLES = frozenset(p.value for p in ROLE_PREDICATES)
CONLL_RELATIONS = {
    "Work_For": ROLES,
    "Located_In": {Predicate.LOCATED_IN.value},
    # an organisation of a country ("the Haitian Parliament", "Algeria's Ettahadi party") is
    # member_of it in kg's vocabulary, located_in a city ("Giessen's Bezirksparkasse bank")
    "OrgBased_In": {Predicate.LOCATED_IN.value, Predicate.MEMBER_OF.value},
    "Kill": {Predicate.ATTACKED.value},
}
# CoNLL04's relations hold between typed arguments (coarse types as below): a claim is one
# of them only when its ends have those types ("X attacked Memphis" is no Kill).
CONLL_SIGNATURES = {
    "Work_For": ("PER", "ORG"),
    "Located_In": ("LOC", "LOC"),
    "OrgBased_In": ("ORG", "LOC"),
    "Kill": ("PER", "PER"),
}
CROSSRE_RELATIONS = {
    "role": ROLES,
    "general-affiliation": ROLES,
    "physical": {Predicate.LOCATED_IN.value},
    "part-of": {Predicate.LOCATED_IN.value},
}
# The PLOVER gold records use some older type names.
PLOVER_ALIASES = {
    "DEMAND": EventType.REQUEST,
    "DISAPPROVE": EventType.ACCUSE,
    "FIGHT": EventType.ASSAULT,
}
CONLL_TYPES = {"Peop": "PER", "Org": "ORG", "Loc": "LOC"}
CROSSRE_TYPES = {"person": "PER", "organisation": "ORG", "location": "LOC", "country": "LOC"}
SPACY_TYPES = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
KG_TYPES = {
    EntityType.PERSON: "PER",
    EntityType.ORGANIZATION: "ORG",
    EntityType.COUNTRY: "LOC",
    EntityType.CITY: "LOC",
    EntityType.PLACE: "LOC",
}


@dataclass
class Score:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Score) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    def as_dict(self) -> dict[str, float | int]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
        }


@dataclass
class Table:
    """Scores per label plus their micro average."""

    by_label: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))

    def as_dict(self) -> dict[str, Any]:
        micro = Score()
        for score in self.by_label.values():
            micro.add(score)
        return {
            "per_label": {k: v.as_dict() for k, v in sorted(self.by_label.items())},
            "micro": micro.as_dict(),
        }


class TextGrapher:
    """Runs the build loop on single texts, each as its own one-article corpus."""

    def __init__(self, model: str | None = None) -> None:
        from kg.nlp.model import load_model

        self.nlp = load_model(model)

    def graph(self, text: str, published: str | None = None) -> KnowledgeGraph:
        from kg.pipeline import run_build

        article = make_article(text, "s", published=published)
        return run_build([article], nlp=self.nlp, strict=True).builder.graph()


def _names(graph: KnowledgeGraph, entity_id: str) -> set[str]:
    e = graph.entities[entity_id]
    names = {e.label, *e.aliases, *(m.text for m in graph.mentions.get(entity_id, ()))}
    return {n.casefold() for n in names}


def _same(gold: str, names: set[str]) -> bool:
    """A gold mention names the entity: equal to one of its names, or the same words give or
    take a title ("President Lincoln" and "Lincoln"), ignoring a final period."""
    g = gold.casefold().rstrip(".").split()
    for name in names:
        n = name.rstrip(".").split()
        if n and g and (set(n) <= set(g) or set(g) <= set(n)) and n[-1] == g[-1]:
            return True
    return False


def _key(r: Relation, graph: KnowledgeGraph) -> tuple[str, ...]:
    s = graph.entities[r.subject].label
    o = graph.entities[r.object].label if r.object else ""
    if r.predicate.symmetric and o < s:
        s, o = o, s
    status = r.qualifiers.status.value if r.predicate.interaction else ""
    return (s, r.predicate.value, o, status)


def _gold_key(g: dict[str, Any]) -> tuple[str, ...]:
    s, o, p = g["subject"], g["object"], Predicate(g["predicate"])
    if p.symmetric and o < s:
        s, o = o, s
    return (s, p.value, o, g.get("status", Status.OCCURRED.value) if p.interaction else "")


def score_gold(
    graph: KnowledgeGraph, gold: list[dict[str, Any]], table: Table, qualifiers: Counter[str]
) -> None:
    """Score one document's relations (``stated`` excluded) against gold relations."""
    predicted: dict[tuple[str, ...], list[Relation]] = defaultdict(list)
    for r in graph.claims:
        if r.predicate is not Predicate.STATED:
            predicted[_key(r, graph)].append(r)
    wanted = {_gold_key(g): g for g in gold}
    for key in set(predicted) | set(wanted):
        label = key[1]
        if key in predicted and key in wanted:
            table.by_label[label].tp += 1
            for q in ("date", "place", "title"):
                if q in wanted[key]:
                    qualifiers[f"{q}_total"] += 1
                    got = {getattr(r.qualifiers, q) for r in predicted[key]}
                    qualifiers[f"{q}_correct"] += wanted[key][q] in got
        elif key in predicted:
            table.by_label[label].fp += 1
        else:
            table.by_label[label].fn += 1


def eval_own(extractor: TextGrapher, gold: Path) -> dict[str, Any]:
    """Our gold (``tests/gold/`` by default): a JSONL file, or a folder of them, each part
    named by its file stem. A line is ``{"text", "published"?, "relations"}`` or
    ``{"article": PATH, "relations"}``, the path relative to the gold file's folder or one
    of its parents (``seeds/…`` from ``tests/gold/seed.jsonl``)."""
    from kg.ingest.articles import read_article

    files = sorted(gold.glob("*.jsonl")) if gold.is_dir() else [gold]
    if not files or not all(f.is_file() for f in files):
        raise KgError(f"{gold}: no gold JSONL file here; pass --gold FILE or DIR.")
    out: dict[str, Any] = {}
    for path in files:
        table, quals = Table(), Counter[str]()
        for line in path.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            doc = json.loads(line)
            if "article" in doc:
                article = read_article(_beside(path, doc["article"]))
                graph = extractor.graph(article.raw, article.published)
            else:
                graph = extractor.graph(doc["text"], doc.get("published", "2025-08-08"))
            score_gold(graph, doc["relations"], table, quals)
        out[path.stem] = {**table.as_dict(), "qualifiers": _qualifier_rates(quals)}
    return out


def _beside(gold_file: Path, name: str) -> Path:
    """A path named in a gold file: relative to its folder or the nearest parent holding it."""
    for folder in gold_file.resolve().parents:
        if (folder / name).exists():
            return folder / name
    raise KgError(f"{gold_file}: article {name} not found beside it or in a parent folder.")


def _qualifier_rates(counts: Counter[str]) -> dict[str, float]:
    return {
        q: round(counts[f"{q}_correct"] / counts[f"{q}_total"], 4)
        for q in ("date", "place", "title")
        if counts[f"{q}_total"]
    }


# -- public benchmarks ----------------------------------------------------------------------
def _spans(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    offsets, pos = [], 0
    for tok in tokens:
        offsets.append((pos, pos + len(tok)))
        pos += len(tok) + 1
    return " ".join(tokens), offsets


def _match_entities(
    pred: list[tuple[int, int, str]], gold: list[tuple[int, int, str]], table: Table
) -> None:
    """Overlap match with one-to-one assignment; the type must agree."""
    used: set[int] = set()
    for gs, ge, gt in gold:
        hit = next(
            (
                i
                for i, (ps, pe, pt) in enumerate(pred)
                if i not in used and pt == gt and ps < ge and gs < pe
            ),
            None,
        )
        if hit is None:
            table.by_label[gt].fn += 1
        else:
            used.add(hit)
            table.by_label[gt].tp += 1
    for i, (_, _, pt) in enumerate(pred):
        if i not in used:
            table.by_label[pt].fp += 1


def _kg_mentions(graph: KnowledgeGraph) -> list[tuple[int, int, str]]:
    spans = []
    for eid, mentions in graph.mentions.items():
        etype = KG_TYPES.get(graph.entities[eid].type)
        for m in mentions:
            # a name, not an unnamed site or measure kg made a node of its article ("the
            # military base", "surveillance law"): the sets tag names only
            if etype and m.kind == "name" and not m.text[:1].islower():
                spans.append((m.start, m.end, etype))
    return sorted(spans)


def _relation_hits(
    graph: KnowledgeGraph,
    gold: list[tuple[str, str, str]],
    mapping: Mapping[str, AbstractSet[str]],
    table: Table,
    log: list[dict[str, Any]] | None = None,
    signatures: Mapping[str, tuple[str, str]] | None = None,
    distinct: bool = False,
) -> None:
    """Gold (head text, label, tail text) against predicted relations mapped to labels (and,
    given ``signatures``, only when the claim's ends have the label's coarse types); misses
    and false positives go to ``log`` when given. With ``distinct``, claims of one subject,
    label and object are one predicted relation (CoNLL04 scores sets of relations)."""
    matched_pred: set[int] = set()
    claims = [r for r in graph.claims if r.object is not None]

    def labels_of(r: Relation) -> list[str]:
        return [
            lab
            for lab, preds in mapping.items()
            if r.predicate.value in preds
            and (signatures is None or lab not in signatures or _fits(graph, r, signatures[lab]))
        ]

    claim_labels = [labels_of(r) for r in claims]
    for head, label, tail in gold:
        if label not in mapping:
            continue
        hit = None
        for i, r in enumerate(claims):
            if label not in claim_labels[i] or i in matched_pred:
                continue
            s, o = _names(graph, r.subject), _names(graph, r.object or "")
            if (_same(head, s) and _same(tail, o)) or (
                r.predicate.symmetric and _same(head, o) and _same(tail, s)
            ):
                hit = i
                break
        if hit is None:
            table.by_label[label].fn += 1
            if log is not None:
                log.append({"miss": [head, label, tail]})
        else:
            matched_pred.add(hit)
            table.by_label[label].tp += 1
    # one relation said twice (a killer title and its event, "Kennedy's assassin, Sirhan")
    # is one prediction: only its first unmatched copy can be a false positive
    said = {(claims[i].subject, claims[i].object, *claim_labels[i]) for i in matched_pred}
    for i, r in enumerate(claims):
        if i in matched_pred:
            continue
        labels = claim_labels[i]
        key = (r.subject, r.object, *labels)
        if distinct and key in said:
            continue
        said.add(key)
        if labels:  # attribute a false positive to the first label the predicate maps to
            table.by_label[_fp_label(graph, r, labels)].fp += 1
            if log is not None:
                log.append({"false_positive": _claim_row(graph, r)[:3]})


def _fits(graph: KnowledgeGraph, r: Relation, signature: tuple[str, str]) -> bool:
    """The claim's subject and object have the signature's coarse types (PER, ORG, LOC)."""
    ends = (graph.entities[r.subject].type, graph.entities[r.object or r.subject].type)
    return (KG_TYPES.get(ends[0]), KG_TYPES.get(ends[1])) == signature


def _fp_label(graph: KnowledgeGraph, r: Relation, labels: list[str]) -> str:
    if "OrgBased_In" in labels and graph.entities[r.subject].type is EntityType.ORGANIZATION:
        return "OrgBased_In"
    return labels[0]


def _score_entities(
    extractor: TextGrapher,
    text: str,
    gold: list[tuple[int, int, str]],
    raw: Table,
    repaired: Table,
) -> KnowledgeGraph:
    """Score the raw model's entities and kg's repaired mentions of one sentence; return the
    sentence's graph for relation scoring."""
    doc = extractor.nlp(text)
    spacy_spans = [
        (e.start_char, e.end_char, SPACY_TYPES[e.label_])
        for e in doc.ents
        if e.label_ in SPACY_TYPES
    ]
    _match_entities(spacy_spans, gold, raw)
    graph = extractor.graph(text)
    _match_entities(_kg_mentions(graph), gold, repaired)
    return graph


def eval_conll04(
    extractor: TextGrapher, path: Path, limit: int | None, details: bool = False
) -> dict[str, Any]:
    """CoNLL04 dev: entities (raw model vs repaired) and relations."""
    data = json.loads(path.read_text("utf-8"))[:limit]
    raw, repaired, rels = Table(), Table(), Table()
    misses: list[dict[str, Any]] = []
    for item in data:
        text, offsets = _spans(item["tokens"])
        ents: list[tuple[int, int, str]] = []
        start = None
        for i, tag in enumerate(item["tags"]):
            if tag[0] in "BU":
                start = i
            if tag[0] in "LU" and start is not None:
                ents.append((offsets[start][0], offsets[i][1], tag[2:]))
                start = None
        gold_ents = [(s, e, CONLL_TYPES[t]) for s, e, t in ents if t in CONLL_TYPES]
        graph = _score_entities(extractor, text, gold_ents, raw, repaired)
        gold_rels = [
            (
                text[ents[r["head"]][0] : ents[r["head"]][1]],
                r["type"],
                text[ents[r["tail"]][0] : ents[r["tail"]][1]],
            )
            for r in item["relations"]
        ]
        log: list[dict[str, Any]] = []
        _relation_hits(
            graph, gold_rels, CONLL_RELATIONS, rels, log, CONLL_SIGNATURES, distinct=True
        )
        if details and log:
            misses.append({"text": text, "errors": log})
    out = {
        "sentences": len(data),
        "entities_raw_model": raw.as_dict(),
        "entities_with_repairs": repaired.as_dict(),
        "relations": rels.as_dict(),
    }
    if details:
        out["details"] = misses
    return out


def eval_crossre(
    extractor: TextGrapher, path: Path, limit: int | None, details: bool = False
) -> dict[str, Any]:
    """CrossRE news dev: entities (raw vs repaired) and role/place relations."""
    lines = [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()][:limit]
    raw, repaired, rels = Table(), Table(), Table()
    for item in lines:
        text, offsets = _spans(item["sentence"])
        gold_ents = [
            (offsets[s][0], offsets[e][1], CROSSRE_TYPES[t])
            for s, e, t in item["ner"]
            if t in CROSSRE_TYPES
        ]
        graph = _score_entities(extractor, text, gold_ents, raw, repaired)
        gold_rels = [
            (
                text[offsets[r[0]][0] : offsets[r[1]][1]],
                r[4],
                text[offsets[r[2]][0] : offsets[r[3]][1]],
            )
            for r in item["relations"]
        ]
        _relation_hits(graph, gold_rels, CROSSRE_RELATIONS, rels)
    return {
        "sentences": len(lines),
        "entities_raw_model": raw.as_dict(),
        "entities_with_repairs": repaired.as_dict(),
        "relations": rels.as_dict(),
    }


def plover_type(label: str | None) -> EventType | None:
    """A gold record's event as one of kg's 16 PLOVER types (older names mapped), or None
    for types kg does not code (INVESTIGATE, DOCUMENT)."""
    if label in PLOVER_ALIASES:
        return PLOVER_ALIASES[label]
    return EventType(label) if label is not None and label in EventType.__members__ else None


# Words that end an actor's head phrase: "Rebels in the Ivory Coast" is rebels, "Israel's
# militia ally in southern Lebanon" is an ally, "president of Armenia" a president.
_POSTMODIFIERS = frozenset(
    [
        "in",
        "of",
        "from",
        "near",
        "throughout",
        "based",
        "operating",
        "loyal",
        "ordered",
        "fleeing",
        "who",
        "which",
        "that",
    ]
)


@dataclass(frozen=True)
class Actor:
    """One source or target actor of a PLOVER record: its text, where that text is in the
    sentence (None when the record's spelling is not in it), its country and sector codes."""

    text: str
    span: tuple[int, int] | None
    code: str | None
    sector: str | None

    @classmethod
    def of(cls, actor: Mapping[str, Any], sentence: str) -> Actor:
        text = " ".join(str(actor["actorText"]).split())
        # a record's spacing need not be the sentence's ("NATO  peacekeeping troops")
        found = [
            hit.span()
            for part in (p.split() for p in text.split("..."))
            if part
            and (hit := re.search(r"\s+".join(map(re.escape, part)), sentence, re.I)) is not None
        ]
        span = (min(s for s, _ in found), max(e for _, e in found)) if found else None
        code, sector = actor.get("code"), actor.get("sector")
        # "***" is the records' placeholder for a sector the coder left open
        known = str(sector)[:3] if sector and str(sector)[:3].isalpha() else None
        return cls(text, span, code or None, known)

    def head(self) -> str:
        """The actor text up to its first post-modifier, without "..." gaps."""
        words = self.text.replace("...", " ").replace("'s ", " 's ").split()
        for i, word in enumerate(words):
            if i and word.casefold() in _POSTMODIFIERS:
                words = words[:i]
                break
        return " ".join(w for w in words if w != "'s")


def actor_matches(graph: KnowledgeGraph, entity_id: str, actor: Actor) -> bool:
    """Does the record's actor name this entity? Either by name (the actor text is one of
    the entity's names, or its head phrase names it give or take a title, as CoNLL04's
    matching does), or by country: the entity is the record's country-level actor (its
    own ISO code is the record's ``code``, a sector both give agrees) and the entity is
    mentioned inside the actor's text ("Israeli soldiers", coded ISR MIL, for our node
    "Israeli army" or "Israel"), unless a person we found is named there (then the actor
    is that person). An organisation with no country of its own stands the same way for an
    actor coded IGO ("NATO peacekeeping troops" for our "NATO")."""
    from kg.io.plover import country_code

    names = _names(graph, entity_id)
    if actor.text.casefold() in names or _same(actor.head(), names):
        return True
    entity = graph.entities[entity_id]
    own = country_code(entity.iso or entity.country)
    if actor.code == "IGO" and entity.type is EntityType.ORGANIZATION and not entity.iso:
        own = "IGO"  # an international body owns the code the records give all of them
    if actor.span is None or own is None or own != actor.code:
        return False
    if entity.sector and actor.sector and entity.sector[:3] != actor.sector:
        return False
    start, end = actor.span
    inside = {
        eid
        for eid, mentions in graph.mentions.items()
        for m in mentions
        if m.start < end and start < m.end
    }
    people = {e for e in inside if graph.entities[e].type is EntityType.PERSON}
    return entity_id in inside and not people - {entity_id}


def _record_pairs(record: Mapping[str, Any]) -> list[tuple[Actor, Actor | None]]:
    """The (source, target) pairs a record asks for: every source with every target; with
    no target, every two sources (PLOVER lists all participants of an undirected event as
    sources), or the lone source with any counterpart."""
    text = record["text"]
    sources = [Actor.of(a, text) for a in _actors(record.get("source"))]
    targets = [Actor.of(a, text) for a in _actors(record.get("target"))]
    if targets:
        return [(s, t) for s in sources for t in targets]
    if len(sources) > 1:
        return [(s, t) for s in sources for t in sources if s is not t]
    return [(s, None) for s in sources]


def record_matches(graph: KnowledgeGraph, claim: Relation, record: Mapping[str, Any]) -> bool:
    """A claim matches a record when its ``event`` is the record's type and its subject and
    object are a (source, target) pair of the record (either way round for a symmetric
    predicate)."""
    if claim.object is None or claim.qualifiers.event is not plover_type(record.get("event")):
        return False
    ends = [(claim.subject, claim.object)]
    if claim.predicate.symmetric:
        ends.append((claim.object, claim.subject))
    return any(
        actor_matches(graph, s, source) and (target is None or actor_matches(graph, o, target))
        for source, target in _record_pairs(record)
        for s, o in ends
    )


def eval_plover(
    extractor: TextGrapher, path: Path, limit: int | None, details: bool = False
) -> dict[str, Any]:
    """PLOVER records: recall is the share of records some claim matches (``record_matches``);
    a claim with an event type that matches no actor pair of its record is a false positive
    (the records code one event a sentence, so a true second event counts against us)."""
    records = [
        r
        for r in json.loads(path.read_text("utf-8"))
        if plover_type(r.get("event")) is not None and r.get("text")
    ][:limit]
    table = Table()
    seen: list[dict[str, Any]] = []
    for record in records:
        graph = extractor.graph(record["text"])
        wanted = plover_type(record["event"])
        assert wanted is not None
        predicted = [r for r in graph.claims if r.object is not None and r.qualifiers.event]
        good = [r for r in predicted if record_matches(graph, r, record)]
        score = table.by_label[wanted.value]
        score.tp += bool(good)
        score.fn += not good
        score.fp += len(predicted) - len(good)
        if details:
            seen.append(
                {
                    "id": record["id"],
                    "event": wanted.value,
                    "hit": bool(good),
                    "source": [a["actorText"] for a in _actors(record.get("source"))],
                    "target": [a["actorText"] for a in _actors(record.get("target"))],
                    "claims": [_claim_row(graph, r) for r in predicted],
                }
            )
    out: dict[str, Any] = {"records": len(records), "events": table.as_dict()}
    if details:
        out["details"] = seen
    return out


def _claim_row(graph: KnowledgeGraph, r: Relation) -> list[str | None]:
    obj = graph.entities[r.object].label if r.object else None
    event = r.qualifiers.event.value if r.qualifiers.event else None
    return [
        graph.entities[r.subject].label,
        r.predicate.value,
        obj,
        event,
        r.qualifiers.status.value,
    ]


def _actors(value: Any) -> list[dict[str, str]]:
    if isinstance(value, dict):
        return [value]
    return [a for a in value or () if isinstance(a, dict) and a.get("actorText")]


SETS = ("own", "conll04", "crossre", "plover", "realnews")
BENCHMARK_FILES = {
    "conll04": "conll04/conll04_dev.json",
    "crossre": "crossre_news/news-dev.json",
    "plover": "plover_gsr/plover_gsr_dev.json",
    "realnews": "realnews_dev/gold.json",
}


def repository_root() -> Path:
    """The folder holding the ``kg`` package: the clone for an editable install."""
    return Path(str(resources.files("kg"))).parent


def find_benchmarks(explicit: str | Path | None = None) -> Path | None:
    """The benchmarks folder: ``explicit``, else ``$KG_BENCHMARKS``, else the first existing
    ``../shared/benchmarks`` relative to the current folder or to the repository."""
    chosen = explicit or os.environ.get("KG_BENCHMARKS")
    if chosen:
        return Path(chosen)
    for base in (Path.cwd(), repository_root()):
        candidate = base.parent / "shared" / "benchmarks"
        if candidate.is_dir():
            return candidate
    return None


def default_gold() -> Path | None:
    """The repository's ``tests/gold`` when the package runs from a clone."""
    gold = repository_root() / "tests" / "gold"
    return gold if gold.is_dir() else None


def run_eval(
    sets: Iterable[str] = (),
    benchmarks: str | Path | None = None,
    limit: int | None = None,
    model: str | None = None,
    gold: str | Path | None = None,
    details: bool = False,
    verb_dictionary: str | Path | None = None,
) -> dict[str, Any]:
    """Run the chosen evaluations and return their figures.

    With no set named, every set whose data is found runs (an error when none is); a set
    named explicitly whose data is missing is an error that says which path to pass.
    ``verb_dictionary`` (a PETRARCH2 verb dictionary) is added to the lexicon of realnews,
    the set built as ``kg build`` builds.
    """
    chosen = list(dict.fromkeys(sets))
    unknown = set(chosen) - set(SETS)
    if unknown:
        raise KgError(f"unknown eval set(s) {sorted(unknown)}; choose from {', '.join(SETS)}.")
    folder = find_benchmarks(benchmarks)
    gold_path = Path(gold) if gold else default_gold()
    available = {
        name: folder is not None and (folder / BENCHMARK_FILES[name]).exists()
        for name in BENCHMARK_FILES
    }
    available["own"] = gold_path is not None and gold_path.exists()
    for name in chosen:
        if not available[name]:
            raise KgError(_missing(name, folder, gold_path))
    if not chosen:
        chosen = [name for name in SETS if available[name]]
        if not chosen:
            raise KgError(
                "no gold found: pass --gold FILE and/or --benchmarks DIR (or set KG_BENCHMARKS)."
            )
    extractor = TextGrapher(model)
    report: dict[str, Any] = {}
    if "own" in chosen and gold_path is not None:
        report.update(eval_own(extractor, gold_path))
    runners = {"conll04": eval_conll04, "crossre": eval_crossre, "plover": eval_plover}
    for name, runner in runners.items():
        if name in chosen and folder is not None:
            report[name] = runner(extractor, folder / BENCHMARK_FILES[name], limit, details=details)
    if "realnews" in chosen and folder is not None:
        from kg.eval.realnews import eval_realnews

        report["realnews"] = eval_realnews(
            folder / "realnews_dev",
            nlp=extractor.nlp,
            limit=limit,
            details=details,
            verb_dictionary=verb_dictionary,
        )
    return report


def _missing(name: str, folder: Path | None, gold: Path | None) -> str:
    if name == "own":
        where = f"{gold} does not exist" if gold else "no tests/gold beside the package"
        return f"own gold not found ({where}); pass --gold FILE."
    if folder is None:
        return (
            f"benchmark {name}: no ../shared/benchmarks here or beside the repository; "
            "pass --benchmarks DIR or set KG_BENCHMARKS."
        )
    return f"benchmark {name}: {folder / BENCHMARK_FILES[name]} not found; pass --benchmarks DIR."


def format_report(report: dict[str, Any]) -> str:
    """A readable summary: micro P/R/F1 of each set and part."""
    lines = []
    for name, body in report.items():
        if name == "realnews":
            from kg.eval.realnews import format_realnews

            lines.extend(format_realnews(body))
            continue
        for part, value in body.items():
            if isinstance(value, dict) and "micro" in value:
                m = value["micro"]
                lines.append(
                    f"{name:10} {part:22} P={m['precision']:.3f} R={m['recall']:.3f} "
                    f"F1={m['f1']:.3f}  (tp={m['tp']} fp={m['fp']} fn={m['fn']})"
                )
            elif part == "micro":
                lines.append(
                    f"{name:10} {'relations':22} P={value['precision']:.3f} "
                    f"R={value['recall']:.3f} F1={value['f1']:.3f}  (tp={value['tp']} "
                    f"fp={value['fp']} fn={value['fn']})"
                )
        if "qualifiers" in body:
            lines.append(f"{name:10} {'qualifier accuracy':22} {body['qualifiers']}")
    return "\n".join(lines)
