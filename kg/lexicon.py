"""Rules as data: the gazetteer, countries and demonyms, titles, triggers and status cues.

Everything is read from ``kg/data/`` (the words of one language from ``kg/data/<lang>/``,
through ``kg.language``) and checked against the vocabulary when loaded, so a
misspelt predicate or type in a data file fails at once with the file's name.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from kg.actors import ActorData, Tenure, check_period, load_actor_data, read_tenures
from kg.errors import KgError
from kg.io.phoenix import PhoenixActors, PhoenixRules, is_phoenix, read_phoenix
from kg.language import (
    DEFAULT_LANGUAGE,
    LanguageData,
    check_language,
    language_data,
    reading_words,
)
from kg.resolve.names import name_words, variant_key
from kg.verb_dictionary import read_verb_dictionary
from kg.vocab import EntityType, EventType, Predicate, plover_of_cameo


@dataclass(frozen=True, slots=True)
class Role:
    """A role a gazetteer entry holds: ``predicate`` towards the entity labelled ``object``."""

    predicate: Predicate
    object: str
    title: str | None = None
    start: str | None = None  # ISO date the role began; None: unknown or undated
    end: str | None = None  # ISO date it ended; None: still held (or undated)

    def __post_init__(self) -> None:
        check_period(self.start, self.end)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A known entity: canonical label, type, identifiers, aliases and roles."""

    label: str
    type: EntityType
    qid: str | None = None
    iso: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    sector: str | None = None  # sector code (kg/data/sectors.json) of a group or body


TRIGGER_FLAGS = frozenset(
    {
        "needs_person_object",  # the object must be a Person ("received the envoy")
        "needs_actor_object",  # the object must be an actor, not a place
        "needs_prep",  # fires only with its preposition ("travel to", "advance on")
        "symmetric_subjects",  # coordinated subjects act on each other ("A and B clashed")
        "owner_is_object",  # the noun's owner is its target ("Kennedy's assassination")
        "blocked_by_xcomp",  # not with a complement ("called him a liar" is no phone call)
        "needs_dobj",  # transitive only: "returned the land to X", not "returned to Burundi"
        "no_dobj",  # intransitive only: "turned back from Kabul", not "turned back migrants"
        "no_person_object",  # never a Person object ("welcomed the plan"; "welcomed Castro" greets)
        "place_object",  # the object may be a place ("imposed a curfew in Cizre")
        "armed_sides",  # only between armed groups or forces ("engaged the army")
        "armed_subject",  # only done by an armed group or force ("police beat protesters")
        "missile_with",  # only with a missile of this verb after "with" ("sprayed X with bullets")
        "body_from",  # a "from" names a body ("expulsion of X from the AU"), else the bare row
    }
)
_SLOT = re.compile(
    r"^(dobj|dative|poss|of|nsubjpass|prep:[a-z]+|xcomp:dobj|xcomp:prep:[a-z]+|ccomp:nsubj)$"
)

# Which PLOVER types each interaction predicate may carry (kg.vocab: Predicate.events).
EVENTS_OF: dict[Predicate, frozenset[EventType]] = {p: p.events for p in Predicate if p.events}


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or pattern that signals an interaction, with what it yields and where its
    arguments sit.

    ``particle`` ("pulled *out*"), ``prep`` ("travel *to*") and ``light`` (the verbs that
    govern a noun: "*held* talks") must match when given. ``object`` lists argument slots
    (``dobj``, ``dative``, ``poss``, ``of``, ``prep:on``, ``xcomp:dobj``, ``xcomp:prep:to``,
    ``ccomp:nsubj``: the subject of a bare infinitive, "helped *Iraqi forces* retake Tikrit");
    empty means the defaults of the part of speech.
    """

    lemma: str
    pos: str
    predicate: Predicate
    cameo: str
    event: EventType | None = None
    particle: str | None = None
    prep: str | None = None
    light: frozenset[str] | None = None
    object: tuple[str, ...] = ()
    subject: tuple[str, ...] | None = None
    flags: frozenset[str] = frozenset()
    source: str = "manual"

    @property
    def specificity(self) -> int:
        """How many context conditions the entry sets; the most specific match wins."""
        return (self.particle is not None) + (self.prep is not None) + (self.light is not None)

    @property
    def needs_person_object(self) -> bool:
        return "needs_person_object" in self.flags

    @property
    def needs_actor_object(self) -> bool:
        return "needs_actor_object" in self.flags

    @property
    def armed_sides(self) -> bool:
        return "armed_sides" in self.flags

    @property
    def armed_subject(self) -> bool:
        return "armed_subject" in self.flags

    @property
    def missile_with(self) -> bool:
        return "missile_with" in self.flags

    @property
    def needs_prep(self) -> bool:
        return "needs_prep" in self.flags or self.prep is not None

    @property
    def symmetric_subjects(self) -> bool:
        return "symmetric_subjects" in self.flags

    @property
    def owner_is_object(self) -> bool:
        return "owner_is_object" in self.flags

    @property
    def place_object(self) -> bool:
        return "place_object" in self.flags

    @property
    def blocked_by_xcomp(self) -> bool:
        return "blocked_by_xcomp" in self.flags

    @property
    def needs_dobj(self) -> bool:
        return "needs_dobj" in self.flags

    @property
    def no_dobj(self) -> bool:
        return "no_dobj" in self.flags

    @property
    def no_person_object(self) -> bool:
        return "no_person_object" in self.flags

    @property
    def body_from(self) -> bool:
        return "body_from" in self.flags


class TriggerIndex:
    """Triggers keyed by (lemma, part of speech); each key's entries, most specific first.

    Matching a token is one dict lookup and a check of the few entries of its lemma.
    """

    __slots__ = ("_by_key", "_doer_preps", "words")

    def __init__(self, triggers: list[Trigger], doer_preps: frozenset[str] = frozenset()) -> None:
        """``doer_preps``: a noun's prepositions the parser may hang on the name after its
        "by" ("the attack by X on Y": cues.json ``stray_by.named_doer_preps``)."""
        by_key: dict[tuple[str, str], list[Trigger]] = {}
        for trigger in triggers:
            by_key.setdefault((trigger.lemma, trigger.pos), []).append(trigger)
        self._by_key = {
            key: tuple(sorted(group, key=lambda t: -t.specificity)) for key, group in by_key.items()
        }
        # the word of every key: a token matches only on its lemma or (an adjective) its form
        self.words = frozenset(lemma.lower() for lemma, _ in self._by_key)
        self._doer_preps = doer_preps

    def __len__(self) -> int:
        return sum(len(group) for group in self._by_key.values())

    def __iter__(self) -> Iterator[Trigger]:
        for group in self._by_key.values():
            yield from group

    def candidates(self, lemma: str, pos: str) -> tuple[Trigger, ...]:
        return self._by_key.get((lemma, pos), ())

    def verb_senses(self, token: Any) -> tuple[Trigger, ...]:
        """The verb entries of the token's lemma, whatever the parser tagged it ("Kurds
        back[ADP] the uprising"), less the phrasal ones whose particle it lacks: "took a
        tour" is no "take on", "held talks" no "hold off"."""
        kids = list(token.children)
        return tuple(
            t
            for t in self._by_key.get((token.lemma_.lower(), "VERB"), ())
            if t.particle is None or _has_particle(kids, t.particle)
        )

    def bare(self, trigger: Trigger) -> Trigger | None:
        """The context-free entry of a light-verb trigger's noun when it names another event:
        "proposed a meeting" is a request and, proposed, a meeting."""
        if trigger.light is None:
            return None
        for other in self._by_key.get((trigger.lemma, trigger.pos), ()):
            if other.specificity == 0 and other.predicate is not trigger.predicate:
                return other
        return None

    def match(self, token: Any) -> Trigger | None:
        """The most specific trigger whose particle, preposition and light verb the token has.

        Adjectives are keyed by their word ("critical of", "opposed to"); a participle after
        "be" with no agent ("is opposed to X", parsed as a passive) is read as its adjective.
        """
        tag = token.pos_
        if tag == "ADJ" or (tag == "VERB" and token.tag_ == "VBN"):
            group = self._by_key.get((token.lower_, "ADJ"))
            if group and (tag == "ADJ" or _stative(token)):
                return self._first(token, group, self._doer_preps)
        # a copula is a verb here only by a trigger of its own ("are against such a change")
        verbal = tag == "VERB" or (
            tag == "AUX" and token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass")
        )
        pos = "VERB" if verbal else "NOUN" if tag in ("NOUN", "PROPN") else None
        if pos is None:
            return None
        group = self._by_key.get((token.lemma_.lower(), pos))
        if not group or (pos == "NOUN" and self._counts_other_event(token, group)):
            return None
        return self._first(token, group, self._doer_preps)

    def _counts_other_event(self, noun: Any, group: tuple[Trigger, ...]) -> bool:
        """A counting noun of ``series_nouns`` that is a trigger itself steps aside for the
        event noun it counts when that noun's events are none of its own: "launched a
        barrage of criticism at X" is criticism, not fire ("fired a salvo of missiles at X"
        is the missiles' attack, through ``light_verb``; "a barrage of rockets" stays)."""
        mine = {t.predicate for t in group}
        return any(
            entries and not mine & {t.predicate for t in entries}
            for entries in (
                self._by_key.get((p.lemma_.lower(), "NOUN"), ()) for p in counted_noun(noun) or ()
            )
        )

    def match_all(
        self, tokens: list[Any], columns: Any, only: Iterable[int] | None = None
    ) -> dict[int, Trigger]:
        """``match`` of every token of a paragraph, by index, for those with a trigger; the
        tokens with no key in the index are passed over on their attribute columns
        (``kg.extract.context.Columns``) without reading the Token. ``only``: the indices,
        in order, of the tokens that can match (those whose lemma or form is in ``words``)."""
        keys = self._by_key
        lower, lemma, pos, tag = columns.lower, columns.lemma, columns.pos, columns.tag
        found: dict[int, Trigger] = {}
        for i in range(len(pos)) if only is None else only:
            p = pos[i]
            if p == "ADJ" or (p == "VERB" and tag[i] == "VBN"):
                if (lower[i], "ADJ") not in keys and (lemma[i], "VERB") not in keys:
                    continue
            elif p in ("VERB", "AUX"):
                if (lemma[i], "VERB") not in keys:
                    continue
            elif p in ("NOUN", "PROPN"):
                if (lemma[i], "NOUN") not in keys:
                    continue
            else:
                continue
            trigger = self.match(tokens[i])
            if trigger is not None:
                found[i] = trigger
        return found

    @staticmethod
    def _first(
        token: Any, group: tuple[Trigger, ...], doer_preps: frozenset[str]
    ) -> Trigger | None:
        kids: list[Any] | None = None
        for trigger in group:
            if trigger.specificity == 0:
                return trigger
            if kids is None:
                kids = list(token.children)
            if trigger.particle is not None and not _has_particle(kids, trigger.particle):
                continue
            if trigger.light is not None and not _governed_by(token, trigger.light):
                continue
            if trigger.prep is not None and not _has_prep(token, kids, trigger, doer_preps):
                continue
            return trigger
        return None


def _has_particle(kids: list[Any], particle: str) -> bool:
    """The verb has the particle; as a preposition only when no other particle is its own
    ("picked up migrants off Libya" is "pick up", not "pick off")."""
    for k in kids:
        if k.lower_ == particle and k.dep_ in ("prt", "advmod", "prep"):
            return k.dep_ != "prep" or not any(
                o.dep_ == "prt" and o.lower_ != particle for o in kids
            )
    return False


def _stative(token: Any) -> bool:
    """A participle used as an adjective: "be" before it and no "by" agent after it."""
    kids = list(token.children)
    return any(k.dep_ in ("auxpass", "aux") and k.lemma_ == "be" for k in kids) and not any(
        k.dep_ == "agent" for k in kids
    )


# a determiner or adjective standing alone as the object, with "of" after it, is a share of
# the noun ("some of", "much of", "most of", "all of"): the verb is the noun's light verb
_PARTITIVE_TAGS = frozenset({"DT", "JJ", "JJS"})


def light_verb(noun: Any) -> Any:
    """The verb a light-verb noun hangs on, through an intransitive verb's preposition
    ("called for the release of X", "bowed to the demands of X"; "hosted Hashimoto for a
    meeting" hosts Hashimoto, not the meeting); through "a state of" or a measured quantity
    ("lifted a state of emergency in X", "sent 300 tons of aid to X", "sold thousands of
    missiles to X", "put most of the blame on X": the verb, whose preposition names the
    place or the receiver); through a noun counting events ("struck a series of deals with
    X", "imposed a fresh round of sanctions on X"); through the state a verb puts its object
    in ("put its army on high alert": the verb, ``_state_put_in``); else its head."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and (
            head.head.lemma_.lower() == "state"
            or counting_noun(noun) is not None
            or any(c.dep_ == "nummod" for c in head.head.children)
            or head.head.doc.vocab[head.head.lemma_.lower()].like_num  # "thousands of"
            or head.head.tag_ in _PARTITIVE_TAGS  # "directed some of the blame on X"
        )
        and head.head.dep_ in ("dobj", "nsubjpass")
        and head.head.head.pos_ in ("VERB", "AUX")
    ):
        return head.head.head
    if (
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("for", "to", "with")
        and head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "dobj" for c in head.head.children)
    ):
        return head.head
    if _state_put_in(noun):
        return head.head
    return head


def counting_noun(noun: Any) -> Any:
    """The noun of ``series_nouns`` that counts the noun ("a wave of attacks", "a fresh round
    of talks"), or None: rules see through it to the events it counts."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in reading_words().series_nouns
    ):
        return head.head
    return None


def counted_noun(noun: Any) -> list[Any] | None:
    """The nouns a noun of ``series_nouns`` counts ("a barrage of criticism" -> criticism),
    or None for another noun."""
    if noun.lemma_.lower() not in reading_words().series_nouns:
        return None
    return [
        p
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _state_put_in(noun: Any) -> bool:
    """The noun is a state a verb puts its object in: after "on" or "under" with no
    determiner, on a verb with a direct object of its own ("put its army on high alert",
    "placed its forces on alert"; not "held talks on a ceasefire", a topic, nor "launched a
    probe on the attack", which has a determiner), so the verb is its light verb and the
    verb's prepositions ("along its border with X") are the noun's."""
    head = noun.head
    return bool(
        noun.dep_ == "pobj"
        and head.dep_ == "prep"
        and head.lower_ in ("on", "under")
        and head.head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in head.head.children)
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _governed_by(noun: Any, light: frozenset[str]) -> bool:
    """The noun is the object of one of the light verbs ("imposed sanctions", "were imposed")."""
    head = light_verb(noun)
    for _ in range(2):
        if head.lemma_.lower() in light and head.pos_ in ("VERB", "AUX"):
            return noun.dep_ in ("dobj", "nsubjpass", "pobj", "conj", "attr", "oprd", "nsubj")
        if noun.dep_ != "conj" or head == head.head:
            return False
        noun, head = head, head.head  # "imposed sanctions and an embargo on"
    return False


def preps_on_by_name(kids: Iterable[Any]) -> list[Any]:
    """The prepositions the parser hung on the name after a noun's "by" (the noun's children
    ``kids``): "the attack by al-Shabab on Garissa" -> "on"."""
    return [
        g
        for k in kids
        if k.dep_ == "prep" and k.lower_ == "by"
        for p in k.children
        if p.dep_ == "pobj"
        for g in p.children
        if g.dep_ == "prep"
    ]


def _has_prep(token: Any, kids: list[Any], trigger: Trigger, doer_preps: frozenset[str]) -> bool:
    """The trigger's preposition hangs on the token, its particle or its light verb, or (one
    of ``doer_preps``) on the name after a noun's "by" ("the attack by X on Y")."""
    where = list(kids)
    if token.pos_ == "NOUN" and trigger.prep in doer_preps:
        where += preps_on_by_name(kids)
    where += [
        g
        for k in kids
        # "backed out of": the parser may make the particle a preposition
        if k.dep_ in ("prt", "advmod") or (k.dep_ == "prep" and k.lower_ == trigger.particle)
        for g in k.children
    ]
    if trigger.light is not None:
        where += list(token.head.children)  # "imposed sanctions on X": "on" hangs on the verb
        if (series := counting_noun(token)) is not None:
            where += list(series.children)  # "imposed a raft of sanctions on X"
    if token.pos_ == "VERB" and "dobj" in trigger.object:
        # "stripped Mohamed ElBaradei of his citizenship", "welcomed Xi Jinping to Moscow":
        # the parser may hang the preposition that picks the verb's sense on its object, a name
        where += [g for k in kids if k.dep_ == "dobj" and k.pos_ == "PROPN" for g in k.children]
    if trigger.missile_with:
        # "sprayed the embassy with bullets": the parser may hang the missile on the target
        where += [g for k in kids if k.dep_ == "dobj" for g in k.children]
    if trigger.predicate is Predicate.VISITED and token.pos_ == "VERB":
        # "landed on boats in Malaysia": the parser may hang the place on the means of travel
        # (the claim's objects keep only vehicles': interactions._prep_objects)
        where += [
            g
            for k in kids
            if k.dep_ == "prep" and k.lower_ in ("on", "by", "aboard")
            for v in k.children
            if v.dep_ == "pobj" and v.pos_ == "NOUN"
            for g in v.children
        ]
    return any(
        k.dep_ in ("prep", "agent", "dative")
        and k.lower_ == trigger.prep
        and k.i > token.i  # "On Telegram, X called for ..." is no "call on"
        and not any(_point_in_time(p) for p in k.children)  # "a call on Monday"
        for k in where
    )


def _point_in_time(token: Any) -> bool:
    """A date or time that is no length of years or months: "a call on Monday" is no call on
    anyone, but "condemned X to 10 years in prison" names the sentence's length."""
    return token.ent_type_ in ("DATE", "TIME") and token.lemma_.lower() not in ("year", "month")


@dataclass(frozen=True, slots=True)
class DictionaryReport:
    """What a user's PETRARCH2 verb dictionary gave a lexicon (``dictionary_triggers``): how
    many triggers it added, and its entries left out by reason. The lexicon keeps it, so a
    command says what the build read without reading the file a second time."""

    added: int
    left_out: dict[str, int]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All rule data, indexed for lookup."""

    entries: tuple[GazetteerEntry, ...]
    by_alias: dict[str, GazetteerEntry]
    by_demonym: dict[str, GazetteerEntry]
    roles: dict[str, Predicate]
    person_titles: tuple[str, ...]
    collective_heads: frozenset[str]
    triggers: TriggerIndex
    # titles.json "title_words": named word lists of the role rules (ranks, "-elect", ...)
    title_words: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: dict[str, Any] = field(default_factory=dict)
    actors: ActorData = field(default_factory=ActorData)
    words: LanguageData = field(default_factory=language_data)
    # names by ``kg.resolve.names.variant_key`` ("al-Sisi" for "el-Sisi"), where one entry
    by_variant: dict[str, GazetteerEntry] = field(default_factory=dict)
    # what a user's verb dictionary added and left out (None without one)
    verb_dictionary: DictionaryReport | None = None

    @property
    def language(self) -> str:
        """The language code of the word lists, triggers, titles and cues (``en``)."""
        return self.words.language

    def for_language(self, tag: str | None) -> Lexicon:
        """The lexicon for an article in language ``tag``: this one when it is this
        lexicon's language, the shipped one of another supported language, and a
        LanguageError naming the supported languages otherwise."""
        code = check_language(tag)
        return self if code == self.language else default_lexicon(code)

    def for_article(self, text: str) -> Lexicon:
        """This lexicon, with the capitals whose name other countries' cities share
        (``ActorData.shared_seats``: "Victoria", "San Jose") as seats of their country when
        the article names that country, its name or its people ("Seychelles", "Seychellois");
        else "Victoria" stands for no government. One lexicon a set of such capitals."""
        shared = self.actors.shared_seats
        if not shared:
            return self
        named = frozenset(
            key
            for key, seat in shared.items()
            if seat.name in text and self.country_named(seat.iso, text)
        )
        if not named:
            return self
        key = (id(self), named)
        held = _SEATED.get(key)
        if held is None or held[0] is not self:
            if len(_SEATED) > 64:
                _SEATED.clear()
            seats = {**self.actors.seats, **{k: shared[k] for k in sorted(named)}}
            held = _SEATED[key] = (self, replace(self, actors=replace(self.actors, seats=seats)))
        return held[1]

    def country_named(self, iso: str, text: str) -> bool:
        """Whether ``text`` names the country of ``iso``: its name, an alias or a demonym."""
        entry = self.country_of_iso(iso)
        if entry is None:
            return False
        forms = (entry.label, *entry.aliases, *entry.demonyms)
        return (
            _forms_pattern(tuple(form for form in forms if form[:1].isupper())).search(text)
            is not None
        )

    def lookup(self, name: str) -> GazetteerEntry | None:
        """Gazetteer entry for a name or alias (case-insensitive, leading 'the' ignored)."""
        key = alias_key(name)
        return self.by_alias.get(key)

    def name_starts(self) -> frozenset[str]:
        """Every start of the first word of a gazetteer key ("k", "kr", ..., "kremlin"): a
        lower-cased ASCII word that is none of these begins no name ``lookup`` knows (a
        name's key starts with its first word, whole or as the start of a longer word)."""
        return self._key_words()[2]

    def name_firsts(self) -> frozenset[str]:
        """The first word of every gazetteer key ("kremlin", "islamic"): a lower-cased ASCII
        word that is none of these, written with a space after it, begins no name ``lookup``
        knows (the key's first word is that word whole)."""
        return self._key_words()[3]

    def _key_words(self) -> tuple[dict[str, GazetteerEntry], int, frozenset[str], frozenset[str]]:
        held = _NAME_STARTS.get(id(self.by_alias))
        if held is None or held[0] is not self.by_alias or held[1] != len(self.by_alias):
            if len(_NAME_STARTS) > 64:  # lexicons made on the fly (tests)
                _NAME_STARTS.clear()
            firsts = frozenset(key.split(" ", 1)[0] for key in self.by_alias)
            starts = frozenset(w[:n] for w in firsts for n in range(1, len(w) + 1))
            held = (self.by_alias, len(self.by_alias), starts, firsts)
            _NAME_STARTS[id(self.by_alias)] = held
        return held

    def lookup_variant(self, name: str) -> GazetteerEntry | None:
        """Gazetteer entry of another spelling of a name: accents, case, hyphens and a glued
        Arabic article aside ("Abdel Fattah al-Sisi" for "Abdel Fattah el-Sisi")."""
        return self.by_alias.get(alias_key(name)) or self.by_variant.get(variant_key(name))

    def country_of_iso(self, iso: str) -> GazetteerEntry | None:
        return self.by_alias.get(f"iso:{iso.upper()}")


# (id of a lexicon, the shared capitals its article names) -> (it, the lexicon with them)
_SEATED: dict[tuple[int, frozenset[str]], tuple[Lexicon, Lexicon]] = {}
# id of a lexicon's ``by_alias`` -> (it, its size, ``Lexicon.name_starts``, ``name_firsts``)
_NAME_STARTS: dict[int, tuple[dict[str, GazetteerEntry], int, frozenset[str], frozenset[str]]] = {}


@lru_cache(maxsize=512)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern finding any of ``forms`` as whole words (``Lexicon.country_named``): a
    country's forms compiled once, not searched one pattern a form at each call. It never
    matches when ``forms`` is empty."""
    if not forms:
        return re.compile(r"(?!)")
    return re.compile(r"\b(?:" + "|".join(re.escape(form) for form in forms) + r")\b")


@lru_cache(maxsize=1 << 16)  # the same names are looked up again and again (~300 an article)
def alias_key(name: str) -> str:
    """Normalised lookup key of a name.

    >>> alias_key("The  Kremlin")
    'kremlin'
    """
    key = " ".join(name.lower().replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def _data(name: str) -> str:
    return resources.files("kg").joinpath(f"data/{name}").read_text("utf-8")


def _countries(text: str) -> list[GazetteerEntry]:
    rows = list(csv.DictReader(io.StringIO(text)))
    known = {row["iso"] for row in rows}
    entries = [
        GazetteerEntry(
            label=row["label"],
            type=EntityType.COUNTRY,
            qid=row["qid"] or None,
            iso=row["iso"],
            country=row["iso"],
            aliases=tuple(a for a in row["aliases"].split(";") if a),
            demonyms=tuple(d for d in row["demonyms"].split(";") if d),
        )
        for row in rows
    ]
    for country in pycountry.countries:
        if country.alpha_2 in known:
            continue
        label = getattr(country, "common_name", None) or country.name
        aliases = tuple({country.name, getattr(country, "official_name", country.name)} - {label})
        entries.append(
            GazetteerEntry(
                label=label,
                type=EntityType.COUNTRY,
                iso=country.alpha_2,
                country=country.alpha_2,
                aliases=tuple(sorted(aliases)),
            )
        )
    return entries


def _gazetteer(text: str, source: str) -> list[GazetteerEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if row.get("qid") is not None and not re.fullmatch(r"Q[1-9][0-9]{0,11}", row["qid"]):
                raise ValueError(f"qid {row['qid']!r} is not a Wikidata id like Q7747")
            entries.append(
                GazetteerEntry(
                    label=row["label"],
                    type=EntityType(row["type"]),
                    qid=row.get("qid"),
                    country=row.get("country"),
                    aliases=tuple(row.get("aliases", ())),
                    sector=row.get("sector"),
                    roles=tuple(
                        Role(
                            Predicate(r["predicate"]),
                            r["object"],
                            r.get("title"),
                            r.get("from"),
                            r.get("to"),
                        )
                        for r in row.get("roles", ())
                    ),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise KgError(f"{source} line {number}: {exc}. Fix the entry.") from exc
    return entries


def _slots(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and _SLOT.match(v) for v in value):
        raise ValueError(f"{where} must be a list of slots like dobj, dative, poss, of, prep:on")
    return tuple(value)


def _trigger(row: dict[str, Any]) -> Trigger:
    """One trigger line, checked against the vocabulary."""
    predicate = Predicate(row["predicate"])
    if not predicate.interaction or predicate is Predicate.STATED:
        raise ValueError(f"{predicate.value!r} is not an interaction predicate")
    pos = row["pos"]
    if pos not in ("VERB", "NOUN", "ADJ"):
        raise ValueError(f"pos {pos!r} must be VERB, NOUN or ADJ")
    if pos == "ADJ" and (row.get("light") or row.get("particle")):
        raise ValueError("an ADJ trigger takes no light verb and no particle")
    cameo = str(row["cameo"])
    derived = plover_of_cameo(cameo)
    if not cameo.isdigit() or derived is None:
        raise ValueError(f"cameo {cameo!r} is not a CAMEO event code")
    event = EventType(row["event"]) if row.get("event") else derived
    if event is not derived:
        raise ValueError(f"event {event.value} differs from CAMEO {cameo}'s {derived.value}")
    if event not in EVENTS_OF[predicate]:
        raise ValueError(f"event {event.value} does not fit predicate {predicate.value}")
    flags = frozenset(row.get("flags") or ())
    if flags - TRIGGER_FLAGS:
        raise ValueError(f"unknown flags {sorted(flags - TRIGGER_FLAGS)}")
    light = row.get("light")
    if light is not None and (not isinstance(light, list) or not light):
        raise ValueError("light must be null or a non-empty list of verb lemmas")
    return Trigger(
        lemma=str(row["lemma"]).lower(),
        pos=pos,
        predicate=predicate,
        cameo=cameo,
        event=event,
        particle=row.get("particle") or None,
        prep=row.get("prep") or None,
        light=frozenset(v.lower() for v in light) if light else None,
        object=_slots(row.get("object"), "object"),
        subject=_slots(row["subject"], "subject") if row.get("subject") else None,
        flags=flags,
        source=str(row.get("source", "manual")),
    )


def load_triggers(text: str, source: str) -> list[Trigger]:
    """Trigger lines of a JSONL file; a bad line raises naming the file and the line."""
    triggers = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError("a line must be a JSON object")
            triggers.append(_trigger(row))
        except (KeyError, ValueError, TypeError) as exc:
            raise KgError(f"{source} line {number}: {exc}. Fix the entry.") from exc
    return triggers


_STATUS_CUES = {
    "denied": "denied_verbs",
    "planned": "planned_words",
    "proposed": "proposed_words",
    "hypothetical": "hypothetical_words",
}


def _cues(
    cues: dict[str, Any], status_words: dict[str, list[str]], lang: str = "en"
) -> dict[str, Any]:
    """The status cues of ``cues.json`` joined with the lexicon's ``status_words.json``
    ("call off" is the verb "call" with its particle "off")."""
    unknown = set(status_words) - set(_STATUS_CUES)
    if unknown:
        raise KgError(f"kg/data/{lang}/status_words.json: unknown statuses {sorted(unknown)}.")
    merged = {k: (list(v) if isinstance(v, list) else v) for k, v in cues.items()}
    particles = dict(cues["denied_particles"])
    for status, phrases in status_words.items():
        words = merged[_STATUS_CUES[status]]
        for phrase in phrases:
            lemma, _, particle = phrase.partition(" ")
            if status == "denied" and particle:
                particles.setdefault(lemma, particle)
            if lemma not in words:
                words.append(lemma)
    merged["denied_particles"] = particles
    return {k: _word_lists(v) for k, v in merged.items()}


def _judged(cues: dict[str, Any], judgements: dict[str, Any]) -> dict[str, Any]:
    """The cues with the WordNet words of a verdict on an actor (``judgements.json``) joined
    to the lists that read such words: its adjectives and quality nouns to ``faults`` ("the
    council is corrupt", "the party's hypocrisy"), its adjectives and people nouns to
    ``evaluations.negative`` ("said the ruling was unjust", "called the government corrupt",
    "branded him a traitor": a verdict where it stands, never deeper in an "as" phrase as a
    disparaging word is, "described the raid as a hunt for corrupt officials"); kept whole
    as ``judgements``."""
    faults, evaluations = dict(cues["faults"]), dict(cues["evaluations"])
    for table, key, kind in (
        (faults, "adjectives", "adjectives"),
        (faults, "nouns", "qualities"),
        (evaluations, "negative", "adjectives"),
        (evaluations, "negative", "people"),
    ):
        table[key] = WordList(dict.fromkeys([*table[key], *judgements[kind]]))
    kept = {k: v for k, v in judgements.items() if isinstance(v, list)}
    return {**cues, "faults": faults, "evaluations": evaluations, "judgements": _word_lists(kept)}


class WordList(list):  # type: ignore[type-arg]
    """A word list of the rule data, in its order, whose ``in`` is a set look-up: the rules
    ask ``lemma in cues[...]`` per token and per claim, and a list is scanned word by word.
    Made once the data is read; never changed after."""

    __slots__ = ("_set",)

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        try:
            return word in self._set
        except TypeError:  # an unhashable value: as a list answers
            return list.__contains__(self, word)


def _word_lists(value: Any) -> Any:
    """``value`` with every list of 8 words or more, at any depth, a ``WordList``."""
    if isinstance(value, dict):
        return {k: _word_lists(v) for k, v in value.items()}
    if isinstance(value, list):
        if len(value) >= 8 and all(isinstance(w, str) for w in value):
            return WordList(value)
        return [_word_lists(v) for v in value]
    return value


def _group_entries(actors: ActorData) -> list[GazetteerEntry]:
    """Armed and political groups named without a country noun ("the Houthis")."""
    return [
        GazetteerEntry(
            label=name,
            type=EntityType.GROUP,
            qid=row.get("qid"),
            country=row.get("country"),
            aliases=tuple(row.get("aliases", ())),
            sector=row.get("sector"),
        )
        for name, row in actors.groups.items()
    ]


def _with_tenures(
    entries: list[GazetteerEntry], tenures: tuple[Tenure, ...]
) -> list[GazetteerEntry]:
    """Gazetteer entries with the dated roles of ``tenures`` added; a role holder the
    gazetteer lacks becomes a Person entry. Undated roles of a person who has dated ones for
    the same office are dropped (the dated ones say when). An alias two holders share
    ("Bush", "Clinton", "King Abdullah") is kept for neither: it is no evidence for one of
    them."""
    by_label = {e.label: e for e in entries}
    # the same person under another spelling ("Erdoğan" / "Erdogan") or the same QID is
    # the same entry: two entries would be two nodes sharing one id
    by_qid = {e.qid: e for e in entries if e.qid and e.type is EntityType.PERSON}
    by_fold = {_folded(e.label): e for e in entries if e.type is EntityType.PERSON}
    persons: dict[str, list[Tenure]] = {}
    for t in tenures:
        persons.setdefault(t.person, []).append(t)

    def known(person: str, qid: str | None) -> GazetteerEntry | None:
        return (
            by_label.get(person)
            or (by_qid.get(qid) if qid else None)
            or by_fold.get(_folded(person))
        )

    shared: dict[str, set[str]] = {}
    for person, ts in persons.items():
        same = known(person, ts[0].qid)
        for alias in {a for t in ts for a in t.aliases}:
            shared.setdefault(alias_key(alias), set()).add(same.label if same else person)
    for entry in entries:
        if entry.type is EntityType.PERSON:
            for alias in entry.aliases:
                shared.setdefault(alias_key(alias), set()).add(entry.label)
    ambiguous = {k for k, v in shared.items() if len(v) > 1}
    out = list(entries)
    for person, ts in persons.items():
        dated = tuple(Role(t.predicate, t.object, t.title, t.start, t.end) for t in ts)
        offices = {(r.predicate, r.object) for r in dated}
        aliases = tuple(
            dict.fromkeys(a for t in ts for a in t.aliases if alias_key(a) not in ambiguous)
        )
        first = ts[0]
        old = known(person, first.qid)
        if old is None:
            new = GazetteerEntry(
                label=person,
                type=EntityType.PERSON,
                qid=first.qid,
                country=first.country,
                aliases=aliases,
                roles=dated,
            )
        else:
            kept = tuple(r for r in old.roles if (r.predicate, r.object) not in offices)
            spelt = (person,) if person != old.label else ()  # "Erdoğan" for "Erdogan"
            merged = tuple(dict.fromkeys((*old.aliases, *aliases, *spelt)))
            new = GazetteerEntry(
                label=old.label,
                type=old.type,
                qid=old.qid or ts[0].qid,
                iso=old.iso,
                country=old.country or ts[0].country,
                aliases=tuple(a for a in merged if alias_key(a) not in ambiguous),
                roles=kept + dated,
                demonyms=old.demonyms,
                sector=old.sector,
            )
            out.remove(old)
        by_label[person] = by_label[new.label] = by_fold[_folded(person)] = new
        if new.qid:
            by_qid[new.qid] = new
        out.append(new)
    return out


def _folded(name: str) -> str:
    """A name's lookup key without accents: "Erdoğan" and "Erdogan" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", alias_key(name))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


MAX_GAZETTEER = 200_000_000  # a user's gazetteer may be big, but not unbounded


def _read_user_file(path: Path, kind: str = "a gazetteer JSONL file") -> str:
    """A user's data file: a regular file (never a FIFO) of bounded size, in UTF-8."""
    if not path.is_file() or path.stat().st_size > MAX_GAZETTEER:
        raise KgError(f"{path}: not a regular file under {MAX_GAZETTEER} bytes. Pass {kind}.")
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: cannot be read ({exc}). Save it as UTF-8.") from exc


def _is_tenure(line: str) -> bool:
    """A line of the ``roles.jsonl`` shape (it names a ``person``, not a ``label``)."""
    try:
        row = json.loads(line)
    except ValueError:
        return False  # reported by the gazetteer reader with its line number
    return isinstance(row, dict) and "person" in row and "label" not in row


def dictionary_triggers(
    path: Path, own: Iterable[Trigger], words: dict[str, Any]
) -> tuple[list[Trigger], Counter[str]]:
    """The triggers a user's PETRARCH2 verb dictionary adds (``kg.verb_dictionary``) and the
    count of its entries left out, by reason. kg's own entries win: a verb kg already knows
    keeps only its own senses (they were curated with their argument slots and flags), and
    the dictionary's first entry for a (verb, particle, preposition) wins over a later one."""
    read = read_verb_dictionary(
        _read_user_file(path, "a PETRARCH2 verb dictionary"), str(path), words
    )
    known = {t.lemma for t in own if t.pos == "VERB"}
    skipped = Counter(read.skipped)
    seen: set[tuple[str, str | None, str | None]] = set()
    added = []
    for number, row in read.rows:
        key = (row["lemma"], row["particle"], row["prep"])
        if row["lemma"] in known or key in seen:
            skipped["known to kg" if row["lemma"] in known else "repeated"] += 1
            continue
        seen.add(key)
        try:
            added.append(_trigger(row))
        except (KeyError, ValueError) as exc:
            raise KgError(f"{path} line {number}: {exc}. Fix the line.") from exc
    return added, skipped


def _phoenix_rules(entries: list[GazetteerEntry], actors: ActorData, language: str) -> PhoenixRules:
    """How a Phoenix dictionary's codes map onto kg (``kg/data/phoenix.json``): countries by
    ISO2, the state sectors' titles, the title words of ``language``, and the head nouns of
    bodies' names (an organisation's, and a state sector's nouns: "forces", "air force")."""
    raw = json.loads(_data("phoenix.json"))
    titles = json.loads(_data(f"{language}/titles.json"))
    names = name_words(language)
    words = titles["title_words"]
    phrases = [*titles["roles"], *titles["person_titles"]]
    phrases += [*words["former_words"]["words"], *words["deputy_words"]["words"]]
    roles = raw["role_sectors"]
    state_nouns = [noun for noun, code in actors.sector_nouns.items() if code in roles]
    return PhoenixRules(
        countries={e.iso: e.label for e in entries if e.type is EntityType.COUNTRY and e.iso},
        sectors={code: actors.sectors[code].label for code in roles},
        leader_sector=raw["leader_sector"],
        head_titles=frozenset(words["state_head_titles"]["words"]),
        title_words=frozenset(w.lower() for p in phrases for w in p.split()),
        body_heads=frozenset(
            w.lower() for w in (*names.org_name_heads, *names.org_complement_heads, *state_nouns)
        ),
    )


def _new_offices(
    found: tuple[Tenure, ...], entries: list[GazetteerEntry], shipped: tuple[Tenure, ...]
) -> list[Tenure]:
    """A Phoenix dictionary's roles under the name kg already gives their person ("Francois
    Hollande" is "François Hollande"; a full-name alias kg knows, of one person only, says
    who), less those in a country where kg's own dated roles
    already date the person's offices: a dictionary of 2014 leaves open ("[USAGOV >090120]")
    what ``roles.jsonl`` closed, and its GOV membership repeats the office kg names."""
    known: dict[str, str] = {}  # a full name (label or alias of two words or more) -> label
    for person, names in [
        *((t.person, t.aliases) for t in shipped),
        *((e.label, e.aliases) for e in entries if e.type is EntityType.PERSON),
    ]:
        for name in (person, *(a for a in names if len(a.split()) > 1)):
            known.setdefault(_folded(name), person)
    dated = {(t.person, t.object) for t in shipped}
    out = []
    for tenure in found:
        names = (tenure.person, *(a for a in tenure.aliases if len(a.split()) > 1))
        same = {known[k] for k in map(_folded, names) if k in known}
        if len(same) == 1:  # "Mansour Hadi", a.k.a. "Abd Rabbuh Mansur Hadi": kg's person
            tenure = replace(tenure, person=same.pop())
        if (tenure.person, tenure.object) not in dated:
            out.append(tenure)
    return out


def phoenix_actors(path: Path, language: str = DEFAULT_LANGUAGE) -> PhoenixActors:
    """What a Phoenix actor dictionary gives kg (``kg.io.phoenix``): its persons' dated roles,
    and the codes and records it skipped, counted by reason."""
    lang = check_language(language)
    entries = _countries(_data("countries.csv"))
    rules = _phoenix_rules(entries, load_actor_data(None, lang), lang)
    return read_phoenix(_read_user_file(path), str(path), rules)


def build_lexicon(
    extra_gazetteer: Path | None = None,
    extra_roles: Path | None = None,
    language: str = DEFAULT_LANGUAGE,
    verb_dictionary: Path | None = None,
) -> Lexicon:
    """Load and index every data file; ``extra_gazetteer`` adds a user's own JSONL entries,
    ``extra_roles`` a user's dated roles (the ``roles.jsonl`` shape) and ``verb_dictionary``
    the verbs of a PETRARCH2 verb dictionary kg does not know (``dictionary_triggers``); an
    ``extra_gazetteer`` that is a Phoenix actor dictionary (``kg.io.phoenix``) adds its
    persons' dated roles instead (``phoenix_actors`` says what it read and skipped). The words
    come from ``kg/data/<language>/``; a language without that folder raises LanguageError."""
    lang = check_language(language)
    actors = load_actor_data(extra_roles, lang)
    entries = _countries(_data("countries.csv")) + _gazetteer(_data("gazetteer.jsonl"), "gazetteer")
    text = _read_user_file(extra_gazetteer) if extra_gazetteer is not None else ""
    if extra_gazetteer is not None and is_phoenix(text):
        found = read_phoenix(text, str(extra_gazetteer), _phoenix_rules(entries, actors, lang))
        extra = _new_offices(found.tenures, entries, actors.tenures)
        actors = replace(actors, tenures=(*actors.tenures, *extra))
    elif extra_gazetteer is not None:
        # one user file may hold both shapes: entries ("label") and dated roles ("person")
        lines = text.splitlines()
        tenure_lines = [x if _is_tenure(x) else "" for x in lines]  # blanks keep line numbers
        entry_lines = [x if not tenure_lines[k] else "" for k, x in enumerate(lines)]
        entries += _gazetteer("\n".join(entry_lines), str(extra_gazetteer))
        extra = read_tenures("\n".join(tenure_lines), str(extra_gazetteer))
        if extra:
            actors = replace(actors, tenures=(*actors.tenures, *extra))
    entries += _group_entries(actors)
    entries = _with_tenures(entries, actors.tenures)
    by_alias: dict[str, GazetteerEntry] = {}
    by_demonym: dict[str, GazetteerEntry] = {}
    variants: dict[str, list[GazetteerEntry]] = {}
    for entry in entries:
        for name in (entry.label, *entry.aliases):
            by_alias.setdefault(alias_key(name), entry)
            if len(name) > 3:  # "UN" is no spelling of "Un"
                same = variants.setdefault(variant_key(name), [])
                if entry not in same:
                    same.append(entry)
        if entry.iso:
            by_alias[f"iso:{entry.iso}"] = entry
        for demonym in entry.demonyms:
            by_demonym.setdefault(demonym.lower(), entry)
    titles = json.loads(_data(f"{lang}/titles.json"))
    triggers = load_triggers(_data(f"{lang}/triggers.jsonl"), f"kg/data/{lang}/triggers.jsonl")
    cues = _cues(
        json.loads(_data(f"{lang}/cues.json")), json.loads(_data(f"{lang}/status_words.json")), lang
    )
    cues = _judged(cues, json.loads(_data(f"{lang}/judgements.json")))
    read = None
    if verb_dictionary is not None:
        added, left_out = dictionary_triggers(verb_dictionary, triggers, cues["verb_dictionary"])
        triggers += added
        read = DictionaryReport(len(added), dict(left_out))
    return Lexicon(
        entries=tuple(entries),
        by_alias=by_alias,
        by_demonym=by_demonym,
        roles={k: Predicate(v) for k, v in titles["roles"].items()},
        person_titles=tuple(sorted(titles["person_titles"], key=len, reverse=True)),
        collective_heads=frozenset(titles["collective_heads"]),
        triggers=TriggerIndex(triggers, frozenset(cues["stray_by"]["named_doer_preps"])),
        title_words={k: frozenset(v["words"]) for k, v in titles.get("title_words", {}).items()},
        cues=cues,
        actors=actors,
        words=language_data(lang),
        by_variant={k: v[0] for k, v in variants.items() if len(v) == 1},
        verb_dictionary=read,
    )


def default_lexicon(language: str | None = DEFAULT_LANGUAGE) -> Lexicon:
    """The lexicon of the shipped data files for a language, loaded once."""
    return _shipped_lexicon(check_language(language))


@lru_cache(maxsize=4)
def _shipped_lexicon(language: str) -> Lexicon:
    return build_lexicon(language=language)


# what ``once_per_lexicon`` keeps when its caller names no table of its own
_PER_LEXICON: dict[tuple[int, Any], tuple[Lexicon, Any]] = {}


def once_per_lexicon(
    lx: Lexicon,
    make: Callable[[Lexicon], Any],
    build: Callable[[Lexicon], Any] | None = None,
    table: dict[tuple[int, Any], tuple[Lexicon, Any]] = _PER_LEXICON,
) -> Any:
    """``(build or make)(lx)``, kept in ``table`` under ``make`` for as long as ``lx`` lives
    (keyed by its id, with the lexicon itself to tell a new one from a freed one's id): data
    a rule derives from the lexicon, made once, not per article or per call."""
    key = (id(lx), make)
    held = table.get(key)
    if held is None or held[0] is not lx:
        if len(table) > 256:  # lexicons made on the fly (tests)
            table.clear()
        held = table[key] = (lx, (build or make)(lx))
    return held[1]
