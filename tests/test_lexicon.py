"""The rule-data loader without spaCy: loading, validation errors, the trigger index."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.actors import Tenure
from kg.errors import KgError
from kg.lexicon import (
    GazetteerEntry,
    Trigger,
    TriggerIndex,
    _cues,
    _with_tenures,
    alias_key,
    build_lexicon,
    default_lexicon,
    load_triggers,
)
from kg.vocab import EntityType, EventType, Predicate

GOOD = {
    "lemma": "meet",
    "pos": "VERB",
    "predicate": "met",
    "cameo": "040",
    "event": "CONSULT",
    "object": [],
    "flags": [],
}


def _line(**changes: Any) -> str:
    row = {**GOOD, **changes}
    return json.dumps({k: v for k, v in row.items() if v is not ...})


@pytest.mark.parametrize(
    ("line", "error"),
    [
        (_line(predicate="hugged"), "'hugged' is not a valid Predicate"),
        (_line(predicate="leader_of"), "'leader_of' is not an interaction predicate"),
        (_line(predicate="stated"), "'stated' is not an interaction predicate"),
        (_line(pos="ADV"), "pos 'ADV' must be VERB, NOUN or ADJ"),
        (_line(cameo="4x0", event=...), "cameo '4x0' is not a CAMEO event code"),
        (_line(cameo="190"), "event CONSULT differs from CAMEO 190's ASSAULT"),
        (_line(cameo="190", event=...), "event ASSAULT does not fit predicate met"),
        (_line(flags=["sometimes"]), r"unknown flags \['sometimes'\]"),
        (_line(object=["elsewhere"]), "object must be a list of slots"),
        (_line(subject=["prep:with", 3]), "subject must be a list of slots"),
        (_line(light=[]), "light must be null or a non-empty list"),
        (_line(lemma=...), "'lemma'"),
        ('["meet"]', "a line must be a JSON object"),
        ('{"lemma": "meet",', "Expecting"),
    ],
)
def test_lexicon_bad_trigger_line_names_file_line_and_problem(line: str, error: str) -> None:
    """A bad trigger line raises a KgError naming the file, the line number and the problem."""
    text = "\n".join([_line(), "", line])  # the blank line is skipped but counted
    with pytest.raises(KgError, match=rf"^triggers\.jsonl line 3: .*{error}.*Fix the entry"):
        load_triggers(text, "triggers.jsonl")


def test_lexicon_trigger_line_fields() -> None:
    """A good line becomes a Trigger: lemma lower-cased, event from CAMEO when not given,
    light verbs as a set, source defaulting to manual."""
    (trigger,) = load_triggers(
        _line(lemma="Talks", pos="NOUN", event=..., light=["Hold", "resume"]), "t.jsonl"
    )
    assert trigger.lemma == "talks"
    assert trigger.event is EventType.CONSULT
    assert trigger.light == frozenset({"hold", "resume"})
    assert trigger.source == "manual"
    assert (trigger.specificity, trigger.needs_prep) == (1, False)


def _trigger(predicate: Predicate = Predicate.MET, **kw: Any) -> Trigger:
    return Trigger("talk", kw.pop("pos", "NOUN"), predicate, "040", EventType.CONSULT, **kw)


@pytest.mark.parametrize(
    ("conditions", "specificity"),
    [
        ({}, 0),
        ({"particle": "up"}, 1),
        ({"prep": "with"}, 1),
        ({"light": frozenset({"hold"})}, 1),
        ({"particle": "up", "prep": "with"}, 2),
        ({"particle": "up", "prep": "with", "light": frozenset({"hold"})}, 3),
    ],
)
def test_lexicon_specificity_counts_context_conditions(
    conditions: dict[str, Any], specificity: int
) -> None:
    """Specificity is the number of particle, preposition and light-verb conditions set."""
    assert _trigger(**conditions).specificity == specificity


def test_lexicon_index_orders_each_lemma_most_specific_first() -> None:
    """candidates() gives a (lemma, pos)'s entries most specific first, in file order on a tie."""
    bare = _trigger()
    light = _trigger(Predicate.NEGOTIATED_WITH, light=frozenset({"hold"}))
    both = _trigger(Predicate.SPOKE_WITH, light=frozenset({"hold"}), prep="with")
    other = _trigger(Predicate.REQUESTED, prep="for")
    verb = _trigger(pos="VERB")
    index = TriggerIndex([bare, light, verb, both, other])
    assert index.candidates("talk", "NOUN") == (both, light, other, bare)
    assert index.candidates("talk", "VERB") == (verb,)
    assert index.candidates("walk", "NOUN") == ()
    assert len(index) == 5
    assert set(index) == {bare, light, both, other, verb}


def test_lexicon_bare_entry_of_a_light_verb_noun() -> None:
    """bare() is the context-free entry of a light-verb trigger's noun when it names another
    predicate ("proposed a meeting" is a request and a meeting), else None."""
    meeting = _trigger()
    proposed = _trigger(Predicate.REQUESTED, light=frozenset({"propose"}))
    held = _trigger(Predicate.MET, light=frozenset({"hold"}))
    index = TriggerIndex([meeting, proposed, held])
    assert index.bare(proposed) is meeting
    assert index.bare(held) is None  # same predicate: nothing to add
    assert index.bare(meeting) is None  # not a light-verb entry


@dataclass(eq=False)
class Tok:
    """A stand-in for a spaCy token: only what TriggerIndex.match reads."""

    lower_: str
    pos_: str = "NOUN"
    tag_: str = ""
    dep_: str = "dobj"
    i: int = 0
    lemma_: str = ""
    ent_type_: str = ""
    tag_: str = ""
    children: list[Tok] = field(default_factory=list)
    head: Tok | None = None

    def __post_init__(self) -> None:
        self.lemma_ = self.lemma_ or self.lower_


def _attach(head: Tok, *kids: Tok) -> Tok:
    for kid in kids:
        kid.head = head
        head.children.append(kid)
    head.head = head.head or head
    return head


def test_lexicon_match_takes_the_most_specific_entry_whose_context_is_there() -> None:
    """match() checks light verb, preposition and particle; without them the bare entry wins."""
    bare = _trigger()
    held = _trigger(Predicate.NEGOTIATED_WITH, light=frozenset({"hold"}))
    index = TriggerIndex([bare, held])
    noun = Tok("talks", lemma_="talk", i=1)
    _attach(Tok("held", pos_="VERB", lemma_="hold", dep_="ROOT"), noun)
    assert index.match(noun) is held
    plain = Tok("talks", lemma_="talk", dep_="nsubj", i=0)
    _attach(Tok("ended", pos_="VERB", lemma_="end", dep_="ROOT"), plain)
    assert index.match(plain) is bare
    assert index.match(Tok("talks", pos_="ADV", lemma_="talk")) is None
    critical = Trigger("critical", "ADJ", Predicate.CRITICIZED, "111", EventType.ACCUSE)
    adjectives = TriggerIndex([critical])
    assert adjectives.match(Tok("critical", pos_="ADJ", lemma_="critical")) is critical
    assert adjectives.match(Tok("critic", pos_="NOUN")) is None


def test_lexicon_match_preposition_must_follow_and_not_be_a_date() -> None:
    """A prep entry needs its preposition after the token, and not one governing a date."""
    on = _trigger(Predicate.CRITICIZED, pos="VERB", prep="on")
    index = TriggerIndex([on])

    def verb_with(prep_i: int, date: bool) -> Tok:
        pobj = Tok("monday" if date else "rivals", dep_="pobj", ent_type_="DATE" if date else "")
        prep = _attach(Tok("on", pos_="ADP", dep_="prep", i=prep_i), pobj)
        return _attach(Tok("talk", pos_="VERB", dep_="ROOT", i=1), prep)

    assert index.match(verb_with(2, date=False)) is on
    assert index.match(verb_with(0, date=False)) is None  # "On Telegram, X talked"
    assert index.match(verb_with(2, date=True)) is None  # "talked on Monday"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("The  Kremlin", "kremlin"),
        ("the White House", "white house"),
        ("Côte d’Ivoire", "côte d'ivoire"),
        ("Theresa", "theresa"),
    ],
)
def test_lexicon_alias_key(name: str, key: str) -> None:
    """Alias keys are lower-cased, with spaces collapsed, apostrophes straight, no leading 'the'."""
    assert alias_key(name) == key


def test_lexicon_user_gazetteer_entries_and_errors(tmp_path: Path) -> None:
    """A user's gazetteer adds entries found by alias; a bad entry names file and line."""
    good = {"label": "Zorvath Institute", "type": "Organization", "aliases": ["ZI"]}
    path = tmp_path / "mine.jsonl"
    path.write_text(json.dumps(good) + "\n", "utf-8")
    entry = build_lexicon(path).lookup("zi")
    assert entry is not None
    assert entry.label == "Zorvath Institute"
    path.write_text(json.dumps(good) + "\n\n" + json.dumps({**good, "type": "Club"}), "utf-8")
    with pytest.raises(KgError, match=r"mine\.jsonl line 3: 'Club' is not a valid EntityType"):
        build_lexicon(path)


def test_lexicon_status_words_join_the_cues() -> None:
    """status_words.json adds lemmas to the cue lists and particles to denials; an unknown
    status is refused naming the file."""
    cues = {"denied_verbs": ["deny"], "denied_particles": {}, "planned_words": []}
    merged = _cues(cues, {"denied": ["call off", "deny"], "planned": ["slate"]})
    assert merged["denied_verbs"] == ["deny", "call"]
    assert merged["denied_particles"] == {"call": "off"}
    assert merged["planned_words"] == ["slate"]
    assert cues["denied_verbs"] == ["deny"]  # the input is not changed
    with pytest.raises(KgError, match=r"kg/data/en/status_words\.json: unknown statuses"):
        _cues(cues, {"rumoured": ["whisper"]})


_OFFICE = (Predicate.LEADER_OF, "Zorvath", "President", "2011", None)


def test_lexicon_tenures_add_dated_roles_and_drop_shared_surnames() -> None:
    """Dated roles join a person's entry (replacing undated ones for the same office); a
    one-word alias two people share is kept for neither."""
    old = GazetteerEntry("Mira Orvanek", EntityType.PERSON, aliases=("Orvanek",))
    tenures = (
        Tenure("Mira Orvanek", Predicate.LEADER_OF, "Zorvath", "President", "2001", "2005"),
        Tenure("Jon Orvanek", Predicate.LEADER_OF, "Zorvath", "President", "2005", None,
               aliases=("Orvanek", "J. Orvanek")),
    )  # fmt: skip
    entries = {e.label: e for e in _with_tenures([old], tenures)}
    assert entries["Mira Orvanek"].aliases == ()
    assert entries["Jon Orvanek"].aliases == ("J. Orvanek",)
    assert entries["Jon Orvanek"].type is EntityType.PERSON
    assert [r.start for r in entries["Mira Orvanek"].roles] == ["2001"]


@pytest.mark.parametrize(
    ("entry", "tenure"),
    [
        # another spelling of the same person
        (GazetteerEntry("Zeki Özdal", EntityType.PERSON), Tenure("Zeki Ozdal", *_OFFICE)),
        # the same QID under another form of the name
        (
            GazetteerEntry("Zeki Ozdal", EntityType.PERSON, qid="Q999999"),
            Tenure("Zeki Ahmet Ozdal", *_OFFICE, qid="Q999999"),
        ),
    ],
)
def test_lexicon_tenures_join_the_entry_of_the_same_person(
    entry: GazetteerEntry, tenure: Tenure
) -> None:
    """A dated role of a person the gazetteer spells otherwise, or gives the same QID, joins
    that entry: two entries would be two nodes under one id, one hiding the other."""
    (joined,) = _with_tenures([entry], (tenure,))
    assert joined.label == entry.label
    assert tenure.person in joined.aliases
    assert [r.start for r in joined.roles] == ["2011"]


def test_lexicon_alias_two_people_share_names_neither() -> None:
    """ "King Zorvan" of two kings is no evidence for either (a one-word alias likewise)."""
    KING = ("King Zorvan",)  # noqa: N806  # a constant of this test
    tenures = (
        Tenure("Zorvan I", *_OFFICE, aliases=KING),
        Tenure("Zorvan bin Tellik", Predicate.LEADER_OF, "Orvania", "King", aliases=KING),
    )  # fmt: skip
    assert all(e.aliases == () for e in _with_tenures([], tenures))


def test_lexicon_shipped_data_loads_once_and_indexes() -> None:
    """The shipped lexicon loads once and finds countries by alias, ISO code and demonym."""
    lexicon = default_lexicon()
    assert default_lexicon() is lexicon
    assert lexicon.lookup("the United States") is lexicon.country_of_iso("us")
    assert lexicon.by_demonym["ukrainian"].label == "Ukraine"
    assert lexicon.roles["president"] is Predicate.LEADER_OF
    assert len(lexicon.triggers) > 2000


WORD_LIST_CASES = [
    # (the list, a word asked, the answer)
    ([f"w{i}" for i in range(8)], "w3", True),
    ([f"w{i}" for i in range(8)], "w9", False),
    ([f"w{i}" for i in range(12)], "", False),
    (["Dhaka", "Quito", "Lusaka", "Hanoi", "Riga", "Accra", "Lima", "Baku"], "lima", False),
    (["Dhaka", "Quito", "Lusaka", "Hanoi", "Riga", "Accra", "Lima", "Baku"], ["Lima"], False),
]


@pytest.mark.parametrize(("words", "word", "answer"), WORD_LIST_CASES)
def test_lexicon_word_lists_answer_as_lists(words: list[str], word: Any, answer: bool) -> None:
    """A WordList answers ``in`` (by a set) as the list it was read as, keeps its order,
    equals that list and survives pickling."""
    import pickle

    from kg.lexicon import WordList

    fast = WordList(words)
    assert (word in fast) is (word in words) is answer
    assert fast == words
    assert list(fast) == words
    again = pickle.loads(pickle.dumps(fast))
    assert (word in again) is answer
    assert again == words


def test_lexicon_cues_long_word_lists_are_word_lists() -> None:
    """The cues' lists of 8 words or more, at any depth, are WordLists; shorter ones and
    the values around them are as read."""
    from kg.lexicon import WordList

    raw = json.loads((Path("kg/data/en/cues.json")).read_text("utf-8"))
    cues = default_lexicon().cues

    def check(read: Any, made: Any) -> None:
        if isinstance(read, dict):
            assert isinstance(made, dict)
            assert list(made) == list(read)
            for key, value in read.items():
                check(value, made[key])
        elif isinstance(read, list):
            # (status words may lengthen a list: its length as made counts)
            long_words = len(made) >= 8 and all(isinstance(w, str) for w in made)
            assert isinstance(made, WordList) is long_words
            assert list(made)[: len(read)] == read[: len(made)]

    for key in raw:
        if key not in ("denied_particles",):
            check(raw[key], cues[key])
    assert isinstance(cues["planned_words"], WordList)


def test_lexicon_name_starts_hold_every_start_of_a_keys_first_word() -> None:
    """Each start of a gazetteer key's first word is a name start; a plain word is none."""
    lx = default_lexicon()
    starts = lx.name_starts()
    for key in lx.by_alias:
        first = key.split(" ", 1)[0]
        assert all(first[:n] in starts for n in range(1, len(first) + 1)), key
    assert "kremlin" in starts
    assert "kreml" in starts
    assert "yesterday" not in starts
    assert "meanwhile" not in starts
    assert lx.name_starts() is starts  # made once a lexicon


@pytest.mark.parametrize(
    ("iso", "text", "named"),
    [
        ("NE", "Nigeria's army crossed the border on Monday.", False),
        ("NE", "Nigerien troops crossed the border on Monday.", True),
        ("NG", "Nigerian troops crossed into Niger on Monday.", True),
        ("NE", "Nigerian troops crossed into Niger on Monday.", True),
        ("DM", "The Dominican Republic sent aid.", False),
        ("DM", "Dominica sent aid to its neighbours.", True),
        ("AT", "Austrians voted; Australia did not.", True),
        ("AT", "Australians voted on Sunday.", False),
        ("ZZ", "Nobody voted.", False),
    ],
)
def test_lexicon_country_named_whole_words(iso: str, text: str, named: bool) -> None:
    """A country is named by its name, an alias or a demonym as a whole word: "Nigeria"
    names no Niger, "Dominican" no Dominica (one pattern of all its forms, reg63)."""
    assert default_lexicon().country_named(iso, text) is named


def test_lexicon_country_named_as_each_form_alone() -> None:
    """The one pattern of a country's forms answers as a search of each form alone would,
    for every country of the gazetteer, on a text naming some countries by prefixes of
    others' names ("Guinea" of "Guinea-Bissau", "Sudan" of "South Sudanese")."""
    lx = default_lexicon()
    text = "Guinea-Bissau and South Sudanese officials met Congolese, Irish and Nigerian envoys."
    isos = sorted({e.iso for e in lx.by_alias.values() if e.iso})
    assert len(isos) > 150
    for iso in isos:
        entry = lx.country_of_iso(iso)
        forms = (entry.label, *entry.aliases, *entry.demonyms) if entry else ()
        alone = any(
            re.search(rf"\b{re.escape(form)}\b", text) for form in forms if form[:1].isupper()
        )
        assert lx.country_named(iso, text) is alone, iso
