"""Means sent to a country a disaster struck are relief: "China is expected to send more
helicopters to Nepal" in a story of the Nepal earthquake is China's aid to Nepal (supported,
CAMEO 073), not a deployment against it (mobilized). The country must be one the article
names a disaster of ("the Nepal earthquake", "the floods in Malawi", "the quake that struck
Nepal"). Words: ``disasters`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate

_CAMEO = "073"  # CAMEO "provide humanitarian aid"
_COUNTRY = (EntityType.COUNTRY,)


def relief_sense(ctx: ArticleContext, trigger: Trigger, objects: list[str]) -> Trigger:
    """A deployment (mobilized) whose every object is a country the article tells a
    disaster of, read as humanitarian aid to it (supported); any other trigger as it is."""
    if trigger.predicate is not Predicate.MOBILIZED or not objects:
        return trigger
    struck = struck_countries(ctx)
    if not struck or any(o not in struck for o in objects):
        return trigger
    return replace(trigger, predicate=Predicate.SUPPORTED, cameo=_CAMEO)


def _disaster_nouns(lx: Lexicon) -> Iterable[str]:
    """The nouns of disasters (``disasters.nouns``)."""
    return lx.cues["disasters"]["nouns"]  # type: ignore[no-any-return]


def struck_countries(ctx: ArticleContext) -> frozenset[str]:
    """The countries the article names a disaster of (found once an article)."""
    if ctx.struck is None:
        words = ctx.cues["disasters"]
        nouns = ctx.word_set(_disaster_nouns)
        found: set[str] = set()
        for para in ctx.paragraphs:
            for i in para.hits(nouns):
                token = para.tokens[i]
                if token.pos_ == "NOUN" and token.lower_ in nouns:
                    found.update(_struck(ctx, para, token, words))
        ctx.struck = frozenset(found)
    return ctx.struck


def _struck(ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]) -> list[str]:
    """The countries one disaster noun places itself in: a modifier or owner ("the Nepal
    earthquake", "Nepal's floods"), an "in" phrase ("the floods in Malawi"), or what it
    struck ("the quake that hit Nepal", "the earthquake struck Nepal", "Nepal was hit by")."""
    nodes = [
        c for c in para.children(noun) if c.dep_ in ("compound", "poss", "amod") and c.i < noun.i
    ]
    nodes += [
        p
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ in words["preps"]
        for p in para.children(prep)
        if p.dep_ == "pobj"
    ]
    verbs = [c for c in para.children(noun) if c.dep_ == "relcl"]
    if noun.dep_ == "nsubj":
        verbs.append(noun.head)
    nodes += [
        o
        for v in verbs
        if v.lemma_.lower() in words["striking"]
        for o in para.children(v)
        if o.dep_ == "dobj"
    ]
    agent = noun.head if noun.dep_ == "pobj" else None
    if agent is not None and agent.dep_ == "agent":
        verb = agent.head
        if verb.lemma_.lower() in words["striking"]:
            nodes += [s for s in para.children(verb) if s.dep_ == "nsubjpass"]
    return [e for n in nodes for e in ctx.ents(para, n) if ctx.etype_in(e, _COUNTRY)]
