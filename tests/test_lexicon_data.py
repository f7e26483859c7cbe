"""Schema checks of kg/data/en/triggers.jsonl and kg/data/plover.json (no spaCy; the
interaction predicates come from kg.vocab)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.vocab import Predicate

ROOT = Path(__file__).resolve().parents[1]
LEXICON = ROOT / "kg" / "data" / "en" / "triggers.jsonl"
PLOVER = json.loads((ROOT / "kg" / "data" / "plover.json").read_text(encoding="utf-8"))
KEYS = ["lemma", "pos", "particle", "prep", "light", "predicate", "event", "cameo", "object"]
PREDICATES = sorted(p.value for p in Predicate if p.events)  # the interactions
EVENTS = sorted(PLOVER["types"])
FLAGS = {
    "needs_person_object", "needs_actor_object", "needs_prep", "symmetric_subjects",
    "owner_is_object", "planned", "blocked_by_xcomp", "needs_dobj", "no_dobj",
    "no_person_object",
    "place_object", "armed_sides", "armed_subject", "body_from", "missile_with",
}  # fmt: skip
SLOT = re.compile(r"^(dobj|dative|poss|of|xcomp:dobj|prep:[a-z]+|xcomp:prep:[a-z]+|ccomp:nsubj)$")
SUBJECT = re.compile(r"^(nsubj|agent|poss|compound|amod|by|governor)$")
WORD = re.compile(r"^[a-z]+$")
ENTRIES = [json.loads(line) for line in LEXICON.read_text(encoding="utf-8").splitlines()]


def _event_of(cameo: str) -> str:
    for n in range(len(cameo), 2, -1):
        if cameo[:n] in PLOVER["exceptions"]:
            return str(PLOVER["exceptions"][cameo[:n]])
    return str(PLOVER["cameo_roots"][cameo[:2]])


def _check(e: dict[str, object]) -> list[str]:
    bad = []
    keys = list(e)
    expected = (
        [*KEYS, "subject", "flags", "source"] if "subject" in e else [*KEYS, "flags", "source"]
    )
    if keys != expected:
        bad.append(f"keys {keys}")
        return bad
    if not WORD.match(str(e["lemma"])) or e["pos"] not in ("VERB", "NOUN", "ADJ"):
        bad.append("lemma/pos")
    if e["pos"] == "ADJ" and (e["prep"] is None or e["light"] is not None):
        bad.append("an adjective needs its preposition and takes no light verb")
    for k in ("particle", "prep"):
        if e[k] is not None and not WORD.match(str(e[k])):
            bad.append(k)
    if e["particle"] is not None and e["pos"] != "VERB":
        bad.append("particle on noun")
    light = e["light"]
    if light is not None and (
        e["pos"] != "NOUN" or not isinstance(light, list) or not light
        or light != sorted(set(light)) or not all(WORD.match(v) for v in light)
    ):  # fmt: skip
        bad.append("light")
    if e["predicate"] not in PREDICATES or e["event"] not in EVENTS:
        bad.append("predicate/event")
    if not re.fullmatch(r"\d{3,4}", str(e["cameo"])):
        bad.append("cameo")
    if not isinstance(e["object"], list) or not all(SLOT.match(s) for s in e["object"]):
        bad.append("object")
    subject = e.get("subject")
    if subject is not None and not (
        isinstance(subject, list) and all(SUBJECT.match(s) for s in subject)
    ):
        bad.append("subject")
    flags = e["flags"]
    if not isinstance(flags, list) or not set(flags) <= FLAGS or flags != sorted(flags):
        bad.append("flags")
    elif "needs_prep" in flags and e["prep"] is None:
        bad.append("needs_prep without prep")
    if e["source"] not in ("manual", "wordnet", "petrarch-check"):
        bad.append("source")
    return bad


@pytest.mark.parametrize(("n", "entry"), list(enumerate(ENTRIES, 1)))
def test_lexicon_data_entry_is_valid(n: int, entry: dict[str, object]) -> None:
    """Every line has the schema's keys in order, with valid values."""
    assert _check(entry) == [], f"triggers.jsonl:{n}"


@pytest.mark.parametrize(("n", "entry"), list(enumerate(ENTRIES, 1)))
def test_lexicon_data_cameo_agrees_with_event(n: int, entry: dict[str, object]) -> None:
    """The PLOVER type is the one the CAMEO code's root (or exception) gives."""
    assert _event_of(str(entry["cameo"])) == entry["event"], f"triggers.jsonl:{n}"


@pytest.mark.parametrize("predicate", PREDICATES)
def test_lexicon_data_every_predicate_has_triggers(predicate: str) -> None:
    """Each interaction predicate has verb triggers."""
    assert sum(e["predicate"] == predicate for e in ENTRIES) >= 3


@pytest.mark.parametrize("event", EVENTS)
def test_lexicon_data_every_event_type_has_triggers(event: str) -> None:
    """Each PLOVER type has triggers."""
    assert sum(e["event"] == event for e in ENTRIES) >= 5


def test_lexicon_data_plover_table_is_complete() -> None:
    """plover.json defines the 16 types and maps every exception to one of them."""
    assert len(EVENTS) == 16
    assert set(PLOVER["cameo_roots"].values()) | set(PLOVER["exceptions"].values()) <= set(EVENTS)


def test_lexicon_data_has_at_least_2000_entries() -> None:
    """The lexicon is at the scale of the field."""
    assert len(ENTRIES) >= 2000


def test_lexicon_data_keys_are_unique_and_sorted() -> None:
    """(lemma, pos, particle, prep, light) appears once; lines are in key order."""
    keys = [
        (e["lemma"], e["pos"], e["particle"] or "", e["prep"] or "", ",".join(e["light"] or []))
        for e in ENTRIES
    ]
    assert [k for k, c in Counter(keys).items() if c > 1] == []
    assert keys == sorted(keys)


def test_lexicon_data_build_reproduces_file() -> None:
    """tools/lexicon/build_triggers.py rebuilds the committed file byte for byte."""
    from tools.lexicon.build_triggers import build, render
    from tools.lexicon.wordnet import WordNet

    if not WordNet.available():
        pytest.skip("WordNet database not installed (apt-get install wordnet-base)")
    assert render(build()) == LEXICON.read_text(encoding="utf-8")


def test_lexicon_data_noun_lists_reproduce_files() -> None:
    """tools/lexicon/people_nouns.py and body_nouns.py rebuild the word lists kg reads (one
    shared WordNet first-sense walker, ``first_sense_nouns``)."""
    import json

    from tools.lexicon import body_nouns, people_nouns
    from tools.lexicon.wordnet import WordNet

    if not WordNet.available():
        pytest.skip("WordNet database not installed (apt-get install wordnet-base)")
    for module, made in (
        (people_nouns, people_nouns.first_sense_people()),
        (body_nouns, body_nouns.first_sense_bodies()),
    ):
        assert made == json.loads(module.OUT.read_text(encoding="utf-8"))["words"], module.OUT


def test_lexicon_data_light_verbs_do_not_overlap_across_types() -> None:
    """A (noun, prep, light verb) triple names one CAMEO code; welcome is split by its preps."""
    seen: dict[tuple[str, str, str], set[str]] = {}
    for e in ENTRIES:
        if e["pos"] == "NOUN" and e["light"]:
            for verb in e["light"]:
                seen.setdefault((str(e["lemma"]), str(e["prep"]), verb), set()).add(str(e["cameo"]))
    clashes = {k: v for k, v in seen.items() if len(v) > 1 and k[0] != "welcome"}
    assert clashes == {}


def test_lexicon_data_petrarch_checked_verbs_are_in_petrarch() -> None:
    """Every VERB entry marked petrarch-check is a lemma PETRARCH2 codes under the same root."""
    from tools.lexicon.petrarch_coverage import default_dictionary, read_verbs

    dictionary = default_dictionary()
    if not dictionary.is_file():
        pytest.skip(f"{dictionary} absent (set KG_BENCHMARKS or place ../shared beside the clone)")
    theirs = read_verbs(dictionary)
    bad = [
        (e["lemma"], e["cameo"])
        for e in ENTRIES
        if e["source"] == "petrarch-check"
        and e["pos"] == "VERB"
        and e["lemma"] not in theirs.get(str(e["cameo"])[:2], set())
    ]
    assert bad == []
