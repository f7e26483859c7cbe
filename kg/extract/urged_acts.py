"""Urged acts: a speaker who urges, asks or demands that someone investigate, prosecute, arrest
or punish an actor ("urged the ICC to prosecute X", "demanded prosecutors investigate X") finds
that actor at fault -> criticized (CAMEO 111). Words: ``urged_acts`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The verbs of pursuing a wrongdoer (the stage's cue words)."""
    yield from lx.cues["urged_acts"]["acts"]


def urged_acts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from the one who asks for an actor's pursuit to that actor."""
    words = ctx.cues["urged_acts"]
    for i in para.hits(ctx.word_set(cue_words)):
        act = para.tokens[i]
        asking = act.head
        if (
            act.pos_ != "VERB"
            or act.lemma_.lower() not in words["acts"]
            or act.dep_ not in ("xcomp", "ccomp")
            or asking.pos_ != "VERB"
            or asking.lemma_.lower() not in words["requesting"]
        ):
            continue
        targets = _objects(ctx, para, act)
        speakers = [s for s in subjects_of(ctx, para, asking) if s not in targets]
        if not targets or not speakers:
            continue
        trigger = Trigger(asking.lemma_.lower(), asking.pos_, Predicate.CRITICIZED, "111")
        yield from emit(ctx, para, asking, asking, trigger, speakers, targets, confidence=0.7)


def _objects(ctx: ArticleContext, para: Paragraph, act: Any) -> list[str]:
    """The actors the act pursues: its direct object."""
    return [
        e
        for c in act.children
        if c.dep_ == "dobj"
        for e in actors_of(ctx, para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
