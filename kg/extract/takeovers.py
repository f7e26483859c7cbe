"""Governments toppled and places taken over: "the rebels toppled the government of President
X" -> the rebels attacked X (the one whose government fell); "the fighters took over the town
of Y" -> attacked Y (CAMEO 192). Words are data (``takeovers`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit, passive_agents, subjects_of
from kg.extract.places import named_place
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_PLACES = (EntityType.CITY, EntityType.PLACE)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The attack verbs of the trigger index and the taking-over verbs (the stage's cues)."""
    yield from (t.lemma for t in lx.triggers if t.predicate is Predicate.ATTACKED)
    yield from lx.cues["takeovers"]["taking_verbs"]


def takeovers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of one paragraph's toppled governments and places taken over."""
    words = ctx.cues["takeovers"]
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB":
            continue
        if verb.lemma_.lower() in words["taking_verbs"]:
            yield from _taken_over(ctx, para, verb)
        trigger = ctx.lx.triggers.match(verb)
        if trigger is not None and trigger.predicate is Predicate.ATTACKED:
            yield from _ousted_heads(ctx, para, verb, trigger)


def _ousted_heads(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "toppled the government of President X", "the regime of Y was overthrown by Z": the
    head the government is named after was attacked with it."""
    seats = ctx.cues["takeovers"]["seat_nouns"]
    kids = para.children(verb)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    seats_hit = [
        c
        for c in kids
        if c.dep_ == ("nsubjpass" if passive else "dobj") and c.lemma_.lower() in seats
    ]
    heads = [
        e
        for seat in seats_hit
        for p in prep_objects(seat, ("of",))
        for e in ctx.ents(para, p)
        if ctx.etype_is(e, EntityType.PERSON)
    ]
    if not heads:
        return
    doers = passive_agents(ctx, para, verb) if passive else _own_subjects(ctx, para, verb)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in heads]
    if doers:
        yield from emit(ctx, para, verb, verb, trigger, doers, heads, confidence=0.7)


def _taken_over(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "The fighters took over the town of X", "took over the capital Tripoli": an actor that
    takes over a named town or site attacked it ("took over as president", "took over an
    economy" name no place, and a passive is the taken_places stage's)."""
    words = ctx.cues["takeovers"]
    kids = para.children(verb)
    if not any(c.dep_ == "prt" and c.lower_ in words["particles"] for c in kids):
        return
    places = [
        place
        for obj in kids
        if obj.dep_ == "dobj"
        for node in (obj, *(c for c in para.children(obj) if c.dep_ == "conj"))
        for place in (named_place(ctx, para, node),)
        if place is not None and ctx.etype_in(place, _PLACES)
    ]
    if not places:
        return
    takers = [
        e
        for e in _own_subjects(ctx, para, verb)
        if ctx.etype_in(e, ACTOR_TYPES) and e not in places
    ]
    if takers:
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.ATTACKED, "192", particle="over")
        yield from emit(ctx, para, verb, verb, trigger, takers, places, confidence=0.7)


def _own_subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The verb's own subject, or the one it shares as a conjunct, complement or relative
    clause; none for a bare gerund ("troops captured by the fighters after taking over the
    town": the troops took nothing, and the parse does not say who did)."""
    own = any(c.dep_ in ("nsubj", "nsubjpass") for c in para.children(verb))
    if not own and verb.dep_ not in ("conj", "xcomp", "relcl"):
        return []
    return subjects_of(ctx, para, verb)
