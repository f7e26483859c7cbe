"""Threats put as a choice: "the EU told Russia to withdraw or face sanctions", "the US said
Iran must comply or face sanctions" -> the one who sets the choice threatened the one it is
set (PLOVER THREATEN, CAMEO 13), when the step to be faced is a sanction, an attack or a
repression of the trigger lexicon. Words: ``choice_threats`` of cues.json.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.extract.ultimatums import FORCE_STEPS, THREAT_CODES
from kg.lexicon import Lexicon, Trigger
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of the step faced ("face", "risk")."""
    words: list[str] = lx.cues["choice_threats"]["verbs"]
    return words


def choice_threats(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims from a verb of facing joined by "or" to what is demanded ("to
    withdraw or face sanctions"): from the subject of the verb that sets the demand (its
    "to" clause's telling verb, or the speech verb of its reported clause) to the one told
    (that verb's object, or the reported clause's subject)."""
    cues = ctx.cues["choice_threats"]
    for i in para.hits(ctx.word_set(cue_words)):
        face = para.tokens[i]
        choice = _choice(para, face)
        if choice is None or not _or_between(choice[0], face, cues):
            continue
        demand, steps = choice
        codes = [
            THREAT_CODES[t.predicate]
            for noun in steps
            if (t := ctx.lx.triggers.match(noun)) is not None and t.predicate in FORCE_STEPS
        ]
        setter = _setter(ctx, demand)
        if not codes or setter is None:
            continue
        told = [e for t in _told(demand, setter) for e in actors_of(ctx, para, t)]
        trigger = Trigger(face.lemma_.lower(), face.pos_, Predicate.THREATENED, codes[0])
        threateners = subjects_of(ctx, para, setter)
        yield from emit(ctx, para, setter, setter, trigger, threateners, told, confidence=0.7)


def _choice(para: Paragraph, face: Any) -> tuple[Any, list[Any]] | None:
    """(the demand, the nouns of the step faced) of a verb of facing joined to a demand:
    its objects ("to withdraw or face sanctions"), or the noun the parser made it a
    compound of ("to surrender or face arrest" read as the noun "face arrest")."""
    if face.pos_ == "VERB" and face.dep_ == "conj":
        return face.head, [c for c in para.children(face) if c.dep_ == "dobj"]
    noun = face.head
    if face.dep_ == "compound" and noun.dep_ == "conj" and noun.head.pos_ == "VERB":
        return noun.head, [noun]
    return None


def _or_between(demand: Any, face: Any, cues: dict[str, Any]) -> bool:
    """The demand and the step faced are joined by one of ``conjunctions`` ("or")."""
    return any(
        c.dep_ == "cc" and c.lower_ in cues["conjunctions"] and demand.i < c.i < face.i
        for c in demand.children
    )


def _setter(ctx: ArticleContext, demand: Any) -> Any | None:
    """The verb that sets the demand: the telling verb of a "to" clause ("told Russia to
    withdraw"), or the speech verb of a reported clause ("said Iran must comply")."""
    head = demand.head
    if head.pos_ != "VERB" or head.i == demand.i:
        return None
    if demand.dep_ == "xcomp" and any(c.dep_ in ("dobj", "dative") for c in head.children):
        return head
    if demand.dep_ == "ccomp" and head.lemma_.lower() in ctx.cues["speech_verbs"]:
        return head
    return None


def _told(demand: Any, setter: Any) -> list[Any]:
    """Who is told: the setter's object for a "to" clause, else the reported clause's subject."""
    if demand.dep_ == "xcomp":
        return [c for c in setter.children if c.dep_ in ("dobj", "dative")]
    return [c for c in demand.children if c.dep_ == "nsubj"]
