"""Foes driven off by force: "the Houthis forced Hadi to flee the palace", "recaptured the
hilltops, forcing the opposition fighters to flee" -> the armed subject attacked the ones it
made flee, withdraw or retreat (CAMEO 190). Only an armed force or group does so by force
("the government forced the minister to resign", "Ecuador forced the envoy to leave" are no
attacks). Words are data (``forced_flights`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EventType, Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of forcing (the stage's cues)."""
    verbs: list[str] = lx.cues["forced_flights"]["verbs"]
    return verbs


def forced_flights(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of one paragraph's foes an armed side forced to flee."""
    words = ctx.cues["forced_flights"]
    verbs, flights = frozenset(words["verbs"]), frozenset(words["flight_verbs"])
    for verb in para.tokens:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
            continue
        kids = para.children(verb)
        if not any(c.dep_ == "xcomp" and c.lemma_.lower() in flights for c in kids):
            continue
        foes = [e for c in kids if c.dep_ == "dobj" for e in _actors(ctx, para, c)]
        sides = [s for s in subjects_of(ctx, para, verb) if assaults.armed(ctx, s)]
        sides = [s for s in sides if s not in foes]
        if not foes or not sides:
            continue
        trigger = Trigger(
            verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "190", event=EventType.ASSAULT
        )
        yield from emit(ctx, para, verb, verb, trigger, sides, foes, confidence=0.8)


def _actors(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """The actors a forced one names (not "thousands", not a place)."""
    return [e for e in ctx.ents(para, token) if ctx.etype_in(e, ACTOR_TYPES)]
