"""Build kg/data/en/triggers.jsonl from the curated seed tables (and reviewed WordNet synonyms).

Run from the repository root: ``python -m tools.lexicon.build_triggers`` (``--candidates`` lists
the WordNet-generated entries for review instead of writing). Same seeds, same bytes.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from kg.vocab import Predicate
from tools.lexicon.cameo import CAMEO_CODES, event_of, predicates
from tools.lexicon.wordnet import WordNet

ROOT = Path(__file__).resolve().parents[2]
SEEDS = Path(__file__).resolve().parent / "seeds"
REJECTED = Path(__file__).resolve().parent / "rejected.txt"
OUT = ROOT / "kg" / "data" / "en" / "triggers.jsonl"

PREDICATES = {p.value for p in Predicate if p.events}  # the interactions (kg/vocab.py)
# Default predicate of each PLOVER type (kg/data/plover.json); CONSULT entries name theirs with a
# "= predicate" line.
EVENT_PREDICATE = predicates()
OBJECT_SLOTS = re.compile(
    r"^(dobj|dative|poss|of|xcomp:dobj|prep:[a-z]+|xcomp:prep:[a-z]+|ccomp:nsubj)$"
)
SUBJECT_SLOTS = re.compile(r"^(nsubj|agent|poss|compound|amod|by|governor)$")
FLAGS = {
    "needs_person_object", "needs_actor_object", "needs_prep", "symmetric_subjects",
    "owner_is_object", "planned", "blocked_by_xcomp", "needs_dobj", "no_dobj",
    "no_person_object",
    "place_object", "armed_sides", "armed_subject", "body_from", "missile_with",
}  # fmt: skip
WN_PARTICLES = {"out", "off", "down", "up", "away", "back", "in", "over", "through", "aside"}
WN_PREPS = {"with", "to", "against", "at", "for", "of", "from", "into", "on", "upon"}
# -ize verbs and -ization nouns get a British twin; these only look like them.
NOT_IZE = {"seize", "size", "prize", "capsize"}
SPELLING_TWINS = {"defense": "defence", "offense": "offence", "paralyze": "paralyse"}


class SeedError(ValueError):
    """A seed line is malformed; the message names the file and line."""


@dataclass(slots=True)
class Entry:
    """One trigger entry, in the output key order."""

    lemma: str
    pos: str
    particle: str | None
    prep: str | None
    light: list[str] | None
    predicate: str
    event: str
    cameo: str
    object: list[str]
    subject: list[str] | None = None
    flags: list[str] = field(default_factory=list)
    source: str = "manual"

    def key(self) -> tuple[str, str, str, str, str]:
        """The uniqueness key (lemma, pos, particle, prep, light)."""
        light = ",".join(self.light) if self.light is not None else ""
        return (self.lemma, self.pos, self.particle or "", self.prep or "", light)

    def to_json(self) -> str:
        """Serialise with keys in schema order; ``subject`` only when set."""
        obj: dict[str, object] = {
            "lemma": self.lemma, "pos": self.pos, "particle": self.particle, "prep": self.prep,
            "light": self.light, "predicate": self.predicate, "event": self.event,
            "cameo": self.cameo, "object": self.object,
        }  # fmt: skip
        if self.subject is not None:
            obj["subject"] = self.subject
        obj["flags"] = self.flags
        obj["source"] = self.source
        return json.dumps(obj, ensure_ascii=False)


@dataclass(slots=True)
class Seed:
    """A parsed seed line plus its expansion options."""

    entry: Entry
    synsets: list[str]
    derive: bool
    where: str


def parse_line(line: str, predicate: str | None, where: str) -> Seed:
    """Parse ``V crack down @on 175 obj=prep:on !flag wn=x.v.01 der`` into a seed."""
    toks = line.split()
    if toks[0] not in ("V", "N", "A") or len(toks) < 3:
        raise SeedError(f"{where}: expected 'V|N|A lemma ... CAMEO', got {line!r}")
    pos = {"V": "VERB", "N": "NOUN", "A": "ADJ"}[toks[0]]
    lemma = toks[1].replace("_", " ")
    particle = prep = None
    light: list[str] | None = None
    cameo = None
    obj: list[str] = []
    subj: list[str] | None = None
    flags: list[str] = []
    synsets: list[str] = []
    derive = False
    source = "manual"
    for tok in toks[2:]:
        if tok.startswith("@"):
            prep = tok[1:]
        elif tok.startswith("[") and tok.endswith("]"):
            light = sorted(set(tok[1:-1].split(",")))
        elif tok.isdigit():
            cameo = tok
        elif tok.startswith("obj="):
            obj = tok[4:].split(",")
        elif tok.startswith("subj="):
            subj = tok[5:].split(",")
        elif tok.startswith("!"):
            flags.append(tok[1:])
        elif tok.startswith("wn="):
            synsets = tok[3:].split(",")
        elif tok == "der":
            derive = True
        elif tok == "petrarch":
            source = "petrarch-check"
        elif cameo is None and pos == "VERB" and particle is None and tok.isalpha():
            particle = tok
        else:
            raise SeedError(f"{where}: unexpected token {tok!r}")
    if cameo is None:
        raise SeedError(f"{where}: no CAMEO code")
    event = event_of(cameo)
    pred = predicate if event == "CONSULT" else EVENT_PREDICATE.get(event)
    if pred is None:
        raise SeedError(f"{where}: CONSULT entry before any '= predicate' line")
    if event != "CONSULT" and predicate is not None and predicate != pred:
        raise SeedError(f"{where}: section predicate {predicate} but {event} gives {pred}")
    if prep and "needs_prep" not in flags and pos in ("VERB", "ADJ") and not obj:
        obj = [f"prep:{prep}"]
    entry = Entry(lemma, pos, particle, prep, light, pred, event, cameo, obj, subj,
                  sorted(flags), source)  # fmt: skip
    validate(entry, where)
    return Seed(entry, synsets, derive, where)


def validate(e: Entry, where: str) -> None:
    """Raise SeedError naming ``where`` if any field of ``e`` is invalid."""
    problems = []
    if not re.fullmatch(r"[a-z]+", e.lemma):
        problems.append(f"lemma {e.lemma!r}")
    if e.cameo not in CAMEO_CODES:
        problems.append(f"unknown CAMEO code {e.cameo}")
    if e.predicate not in PREDICATES:
        problems.append(f"predicate {e.predicate}")
    if e.particle is not None and e.pos != "VERB":
        problems.append("particle on a noun")
    if e.light is not None and (e.pos != "NOUN" or not e.light):
        problems.append("light verbs only on nouns, non-empty")
    if e.pos == "ADJ" and e.prep is None:
        problems.append("an adjective needs its preposition (critical @of)")
    problems += [f"object slot {s}" for s in e.object if not OBJECT_SLOTS.match(s)]
    problems += [f"subject slot {s}" for s in e.subject or [] if not SUBJECT_SLOTS.match(s)]
    problems += [f"flag {f}" for f in e.flags if f not in FLAGS]
    if "needs_prep" in e.flags and e.prep is None:
        problems.append("needs_prep without prep")
    if problems:
        raise SeedError(f"{where}: " + "; ".join(problems))


def read_seeds(seed_dir: Path = SEEDS) -> list[Seed]:
    """Read every ``*.txt`` seed table in name order."""
    seeds: list[Seed] = []
    for path in sorted(seed_dir.glob("*.txt")):
        predicate: str | None = None
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            where = f"{path.name}:{n}"
            if line.startswith("="):
                predicate = line[1:].strip()
                if predicate not in PREDICATES:
                    raise SeedError(f"{where}: unknown predicate {predicate}")
                continue
            seeds.append(parse_line(line, predicate, where))
    return seeds


def read_rejected(path: Path = REJECTED) -> set[tuple[str, str]]:
    """(POS, lemma) pairs never generated from WordNet; each line gives its reason."""
    out = set()
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        head, sep, reason = line.partition("#")
        parts = head.split()
        if len(parts) != 2 or parts[0] not in ("V", "N") or not sep or not reason.strip():
            raise SeedError(f"{path.name}:{n}: expected 'V|N lemma  # reason'")
        out.add((parts[0], parts[1]))
    return out


def spelling_twins(lemma: str) -> list[str]:
    """British/American twins of a lemma: criticize -> criticise, defense -> defence."""
    out = []
    if lemma.endswith("ize") and lemma not in NOT_IZE and len(lemma) > 5:
        out.append(lemma[:-3] + "ise")
    if lemma.endswith("ization"):
        out.append(lemma[:-7] + "isation")
    for us, uk in SPELLING_TWINS.items():
        if lemma == us:
            out.append(uk)
    return out


def _clone(e: Entry, lemma: str, pos: str, source: str, **changes: object) -> Entry:
    twin = Entry(lemma, pos, e.particle, e.prep, e.light, e.predicate, e.event, e.cameo,
                 list(e.object), e.subject, list(e.flags), source)  # fmt: skip
    for k, v in changes.items():
        setattr(twin, k, v)
    return twin


def wordnet_entries(seed: Seed, wn: WordNet, rejected: set[tuple[str, str]]) -> list[Entry]:
    """Synonyms (and with ``der``, event nouns) of the seed's reviewed WordNet senses."""
    out: list[Entry] = []
    e = seed.entry
    for name in seed.synsets:
        syn = wn.synset(name)
        for lemma in syn.lemmas:
            words = lemma.split("_")
            particle, prep = e.particle, e.prep
            if len(words) == 2 and words[1] in WN_PARTICLES:
                particle = words[1]
            elif len(words) == 2 and words[1] in WN_PREPS:
                prep = words[1]
            elif len(words) > 1:
                continue
            if ("V" if e.pos == "VERB" else "N", words[0]) in rejected or "-" in words[0]:
                continue
            obj = [f"prep:{prep}"] if prep and prep != e.prep else list(e.object)
            out.append(_clone(e, words[0], e.pos, "wordnet", particle=particle, prep=prep,
                              object=obj))  # fmt: skip
        if seed.derive and syn.pos == "v":
            for noun in wn.derived_nouns(syn):
                if "_" in noun or "-" in noun or ("N", noun) in rejected:
                    continue
                flags = [f for f in e.flags if f != "needs_prep"]
                noun_entry = _clone(e, noun, "NOUN", "wordnet", particle=None, prep=None)
                noun_entry.object, noun_entry.flags = [], flags
                out.append(noun_entry)
    return out


def build(seed_dir: Path = SEEDS, wn: WordNet | None = None) -> list[Entry]:
    """All entries, manual first, deduplicated on the key and sorted by it."""
    seeds = read_seeds(seed_dir)
    rejected = read_rejected()
    wn = wn or WordNet()
    chosen: dict[tuple[str, str, str, str, str], Entry] = {}
    where: dict[tuple[str, str, str, str, str], str] = {}

    def add(entry: Entry, origin: str) -> None:
        k = entry.key()
        if k in chosen:
            if entry.source == "manual" and chosen[k].source == "manual":
                raise SeedError(f"{origin}: duplicate of {where[k]} {k}")
            return
        validate(entry, origin)
        chosen[k], where[k] = entry, origin

    for seed in seeds:  # manual entries and their spelling twins win over generated ones
        add(seed.entry, seed.where)
        for twin in spelling_twins(seed.entry.lemma):
            add(_clone(seed.entry, twin, seed.entry.pos, seed.entry.source), seed.where)
    for seed in seeds:
        for gen in wordnet_entries(seed, wn, rejected):
            add(gen, f"{seed.where} (WordNet)")
            for twin in spelling_twins(gen.lemma):
                add(_clone(gen, twin, gen.pos, "wordnet"), f"{seed.where} (WordNet)")
    return [chosen[k] for k in sorted(chosen)]


def render(entries: list[Entry]) -> str:
    """The JSONL text of ``entries``."""
    return "".join(e.to_json() + "\n" for e in entries)


def main(argv: list[str] | None = None) -> int:
    """Write the lexicon, or with ``--candidates`` print generated entries for review."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--candidates", action="store_true")
    args = parser.parse_args(argv)
    if not WordNet.available():
        print("WordNet not found: apt-get install -y wordnet-base", file=sys.stderr)
        return 2
    entries = build()
    if args.candidates:
        for e in entries:
            if e.source == "wordnet":
                print(e.pos[0], e.lemma, e.particle or "", e.prep or "", e.cameo, e.event)
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(render(entries), encoding="utf-8")
    print(f"{len(entries)} entries -> {args.out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
