"""Metamorphic robustness of the rule layer: how many of the claims kg reads in a short base
sentence survive when the sentence is rewritten in a way that keeps its meaning.

    python bench/robustness.py [--bases FILE] [--show NAME] [--only NAME,...] [--limit N]

Every base sentence (``bench/robustness_bases.txt``, one a line, taken from the table tests
in ``tests/``) starts with its subject's name. The script builds every base and every
rewrite as a separate article in one ``build_result`` (published 2015-06-05; no network),
keeps the bases that give at least one claim whose subject's name opens the sentence right
before its verb, and prints for each transformation the share of those base claims (same subject,
predicate and object labels) that its rewrite still gives, and the claims the rewrite adds
that the base did not give (not counting claims of the actor a rewrite adds). ``--show NAME``
prints the base claims a transformation loses, with the rewritten sentence. The rewrites are
fixed templates (no randomness): an aside after the subject (apposition, relative clause,
dash pair, parenthesis, participle clause, "however"), a fronted time or manner adverbial, a
second named actor coordinated with the subject, a second named actor set aside with "not"
("X, not Y, VERB": every claim the rewrite adds, Y's included, is counted added, for Y did
nothing), and a speaker tag or source around the
sentence ("..., officials said on Monday."; "According to officials, ..."; a quote first:
'"...," the spokesman said.').
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import _here  # noqa: F401  # this checkout's kg first on sys.path

from kg.api import build_result, text_articles
from kg.nlp.model import load_model

HERE = Path(__file__).resolve().parent
BASES = HERE / "robustness_bases.txt"
PUBLISHED = "2015-06-05"

Claim = tuple[str, str, str]


@dataclass(frozen=True)
class Base:
    """A base sentence, where its subject's name ends, and what kind of actor it is."""

    text: str
    subject_end: int
    person: bool
    plural_verb: str | None  # the sentence with its verb agreeing with two subjects
    lowered: str  # the sentence as it reads after a fronted phrase ("police said", "Iran said")


def _rest(base: Base) -> str:
    return base.text[base.subject_end :]


def _aside(person: str, other: str) -> Callable[[Base], str | None]:
    def rewrite(base: Base) -> str | None:
        words = person if base.person else other
        return f"{base.text[: base.subject_end]}{words}{_rest(base)}"

    return rewrite


def _fronted(words: str) -> Callable[[Base], str | None]:
    def rewrite(base: Base) -> str | None:
        return f"{words}, {base.lowered}"

    return rewrite


def _wrapped(before: str, after: str) -> Callable[[Base], str | None]:
    def rewrite(base: Base) -> str | None:
        body = base.text if before.endswith('"') else base.lowered if before else base.text
        return f"{before}{body[:-1] if after else body}{after}"

    return rewrite


SECOND_PERSONS = ("Ban Ki-moon", "Angela Merkel")
SECOND_OTHERS = ("Japan", "Brazil")


# a pronoun that takes up a single subject ("Qatar denied it was funding X"): with two
# subjects the sentence would say another thing
_SINGULAR = re.compile(r"\b(it|its|he|his|she|her|him|itself|himself|herself)\b", re.IGNORECASE)


def _coordinated(base: Base) -> str | None:
    if base.plural_verb is None or _SINGULAR.search(_rest(base)):
        return None
    names = SECOND_PERSONS if base.person else SECOND_OTHERS
    second = next((n for n in names if n not in base.text), None)
    if second is None:
        return None
    text = base.plural_verb
    return f"{text[: base.subject_end]} and {second}{text[base.subject_end :]}"


def _second(base: Base) -> str | None:
    """The first second actor of the base's kind its text does not name."""
    names = SECOND_PERSONS if base.person else SECOND_OTHERS
    return next((n for n in names if n not in base.text), None)


def _contrast(base: Base) -> str | None:
    """ "X, not Y, VERB ...": the second actor is set aside; the verb stays singular."""
    second = _second(base)
    if second is None:
        return None
    return f"{base.text[: base.subject_end]}, not {second},{_rest(base)}"


# the rewrites whose added actor takes no part: a claim of it is a wrong one, counted added
COUNTS_SECOND = frozenset({"contrast"})

# name -> rewrite; order is the table's
TRANSFORMS: dict[str, Callable[[Base], str | None]] = {
    "apposition": _aside(", a former lawyer,", ", a key regional player,"),
    "relative": _aside(", who took office in 2010,", ", which has long denied wrongdoing,"),
    "dash": _aside(" - the country's top diplomat -", " - long a regional power -"),
    "parenthesis": _aside(" (pictured)", " (as expected)"),
    "participle": _aside(", speaking in Paris,", ", citing security concerns,"),
    "however": _aside(", however,", ", however,"),
    "front_time": _fronted("On Monday"),
    "front_two": _fronted("On Monday, in a rare move"),
    "front_clause": _fronted("After weeks of talks"),
    "coordination": _coordinated,
    "contrast": _contrast,
    "said_tag": _wrapped("", ", officials said on Monday."),
    "according_to": _wrapped("According to officials, ", ""),
    "quote_first": _wrapped('"', '," the spokesman said.'),
}


def article_id(text: str) -> str:
    """The id ``build_result`` gives an article built from ``text``."""
    return text_articles([text])[0].id


def claims_by_article(graph: Any) -> dict[str, set[Claim]]:
    """Article id -> (subject, predicate, object) labels of its claims with entity objects."""
    found: dict[str, set[Claim]] = defaultdict(set)
    for r in graph.claims:
        if r.object is None or r.evidence is None:
            continue
        subject, obj = graph.entities[r.subject].label, graph.entities[r.object].label
        found[r.evidence.article].add((subject, r.predicate.value, obj))
    return found


def subject_ends(graph: Any) -> dict[tuple[str, str], int]:
    """(article id, entity label) -> end of the entity's name mention at offset 0."""
    ends: dict[tuple[str, str], int] = {}
    for entity_id, mentions in graph.mentions.items():
        for m in mentions:
            if m.start == 0 and m.kind == "name":
                ends[(m.article, graph.entities[entity_id].label)] = m.end
    return ends


def _base_form(word: str) -> str:
    """The plural present of a third-person singular verb ("hopes" -> "hope")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zes", "oes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


def lowered(nlp: Any, text: str) -> str:
    """``text`` with its first word lower-cased unless it is a name ("Police" -> "police")."""
    first = nlp(text)[0]
    if first.tag_ in ("NNP", "NNPS") or first.text.isupper():
        return text
    return text[:1].lower() + text[1:]


def verb_after(nlp: Any, text: str, end: int) -> Any | None:
    """The token right after the subject (ending at ``end``) when it is a verb, else None."""
    verb = next((t for t in nlp(text) if t.idx > end), None)
    return verb if verb is not None and verb.pos_ in {"VERB", "AUX"} else None


def plural(nlp: Any, text: str, end: int) -> str | None:
    """``text`` with the verb right after its subject (ending at ``end``) made plural, or
    the text itself when that verb does not agree in number; None without such a verb."""
    verb = verb_after(nlp, text, end)
    if verb is None:
        return None
    swap = {"is": "are", "was": "were", "has": "have", "does": "do"}
    if verb.tag_ == "VBZ":
        word = swap.get(verb.lower_) or _base_form(verb.text)
    elif verb.lower_ in swap:
        word = swap[verb.lower_]
    else:
        return text
    return text[: verb.idx] + word + text[verb.idx + len(verb) :]


def read_bases(path: Path, limit: int | None) -> list[str]:
    """The base sentences of a file, one a line (blank lines and ``#`` lines skipped)."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    texts = [ln for ln in lines if ln and not ln.startswith("#")]
    return texts[:limit] if limit else texts


def build(nlp: Any, texts: list[str]) -> tuple[dict[str, set[Claim]], Any]:
    """Claims by article id of one build of every text as its own article."""
    graph = build_result(texts=texts, published=PUBLISHED, nlp=nlp).graph
    return claims_by_article(graph), graph


def run(nlp: Any, texts: list[str], only: list[str]) -> dict[str, Any]:
    """Build the bases, then every rewrite; per transformation the base claims kept."""
    found, graph = build(nlp, texts)
    ends = subject_ends(graph)
    types = {e.label: e.type.value for e in graph.entities.values()}
    bases: list[tuple[Base, set[Claim]]] = []
    for text in texts:
        aid = article_id(text)
        claims = found.get(aid, set())
        subjects = sorted({s for s, _, _ in claims if (aid, s) in ends})
        if not subjects:
            continue
        subject = subjects[0]
        end = ends[(aid, subject)]
        if verb_after(nlp, text, end) is None:
            continue  # the name is not the whole subject ("Taliban suicide attacks killed")
        kept = {c for c in claims if c[0] == subject}
        person = types.get(subject) == "Person"
        base = Base(text, end, person, plural(nlp, text, end), lowered(nlp, text))
        bases.append((base, kept))
    rewrites: list[tuple[str, Base, set[Claim], str]] = []
    for name, rewrite in TRANSFORMS.items():
        if only and name not in only:
            continue
        for base, kept in bases:
            new = rewrite(base)
            if new is not None and new != base.text:
                rewrites.append((name, base, kept, new))
    found2, _ = build(nlp, sorted({new for _, _, _, new in rewrites}))
    added = set(SECOND_PERSONS + SECOND_OTHERS)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    lost: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    gained: dict[str, list[tuple[str, Claim]]] = defaultdict(list)
    for name, base, kept, new in rewrites:
        got = found2.get(article_id(new), set())
        row = table[name]
        row["sentences"] += 1
        for claim in sorted(kept):
            row["claims"] += 1
            if claim in got:
                row["kept"] += 1
            else:
                lost[name].append((new, claim))
        base_all = found.get(article_id(base.text), set())
        for claim in sorted(got - base_all):
            if name not in COUNTS_SECOND and (claim[0] in added or claim[2] in added):
                continue
            row["added"] += 1
            gained[name].append((new, claim))
    return {"bases": len(bases), "table": table, "lost": lost, "gained": gained}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bases", type=Path, default=BASES)
    parser.add_argument("--show", help="print the claims this transformation loses and adds")
    parser.add_argument("--only", default="", help="comma-separated transformations to run")
    parser.add_argument("--limit", type=int, default=None, help="the first N bases only")
    args = parser.parse_args(argv)
    only = [n for n in args.only.split(",") if n]
    unknown = sorted(set(only + ([args.show] if args.show else [])) - set(TRANSFORMS))
    if unknown:
        parser.error(
            f"unknown transformation(s) {', '.join(unknown)}; known: {', '.join(TRANSFORMS)}"
        )
    start = time.perf_counter()
    nlp = load_model()
    result = run(nlp, read_bases(args.bases, args.limit), only)
    table = result["table"]
    print(
        f"{result['bases']} bases with a claim whose subject's name opens the sentence, then a verb"
    )
    print(
        f"{'transformation':<15}{'sentences':>10}{'claims':>8}{'kept':>7}{'share':>8}{'added':>7}"
    )
    total: Counter[str] = Counter()
    for name in TRANSFORMS:
        if name not in table:
            continue
        row = table[name]
        total.update(row)
        share = row["kept"] / row["claims"] if row["claims"] else 0.0
        print(
            f"{name:<15}{row['sentences']:>10}{row['claims']:>8}{row['kept']:>7}"
            f"{share:>8.3f}{row['added']:>7}"
        )
    share = total["kept"] / total["claims"] if total["claims"] else 0.0
    print(
        f"{'ALL':<15}{total['sentences']:>10}{total['claims']:>8}{total['kept']:>7}"
        f"{share:>8.3f}{total['added']:>7}"
    )
    if args.show:
        for sentence, claim in result["lost"].get(args.show, []):
            print(f"LOST  {' | '.join(claim)}\n      {sentence}")
        for sentence, claim in result["gained"].get(args.show, []):
            print(f"ADDED {' | '.join(claim)}\n      {sentence}")
    print(f"({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
