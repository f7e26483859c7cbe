"""Shortfalls: a speaker who says things would go better "if they had better cooperation from
Nigeria" or "if it got more support from the US" finds the help it gets from that actor
short -> criticized (CAMEO 111). Words: ``shortfalls`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The nouns of help (the stage's cue words)."""
    yield from lx.cues["shortfalls"]["nouns"]


def shortfalls(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a speaker to the actor whose wished-for help it finds short."""
    words = ctx.cues["shortfalls"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        have = noun.head
        if (
            noun.pos_ != "NOUN"
            or noun.dep_ != "dobj"
            or have.lemma_.lower() not in words["having"]
            or not any(c.dep_ == "amod" and c.lower_ in words["more"] for c in noun.children)
            or not any(c.dep_ == "mark" and c.lower_ in words["marks"] for c in have.children)
        ):
            continue
        givers = [
            e
            for p in prep_objects(noun, ("from",)) + prep_objects(have, ("from",))
            for e in actors_of(ctx, para, p)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        report = _report(ctx, have)
        if not givers or report is None:
            continue
        speakers = [s for s in subjects_of(ctx, para, report) if s not in givers]
        trigger = Trigger(noun.lemma_.lower(), noun.pos_, Predicate.CRITICIZED, "111")
        yield from emit(ctx, para, report, report, trigger, speakers, givers, confidence=0.7)


def _report(ctx: ArticleContext, have: Any) -> Any | None:
    """The speech verb the "if" clause's main clause is reported by ("said the fight would
    be over if ..."), or None."""
    main = have.head
    if have.dep_ != "advcl" or main.dep_ != "ccomp":
        return None
    report = main.head
    return report if report.lemma_.lower() in ctx.cues["speech_verbs"] else None
