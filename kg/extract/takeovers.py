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
        token = para.tokens[i]
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        if token.pos_ == "VERB" and token.lemma_.lower() in words["taking_verbs"]:
            yield from _taken_over(ctx, para, token)
        trigger = ctx.lx.triggers.match(token)
        if trigger is None or trigger.predicate is not Predicate.ATTACKED:
            continue
        if token.pos_ == "VERB":
            yield from _ousted_heads(ctx, para, token, trigger)
        else:
            yield from _heads_fought(ctx, para, token, trigger)


def _ousted_heads(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "toppled the government of President X", "the regime of Y was overthrown by Z": the
    head the government is named after was attacked with it."""
    kids = para.children(verb)
    passive = any(c.dep_ == "nsubjpass" for c in kids)
    heads = _seat_heads(
        ctx, para, [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
    )
    if not heads:
        return
    doers = passive_agents(ctx, para, verb) if passive else _own_subjects(ctx, para, verb)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in heads]
    if doers:
        yield from emit(ctx, para, verb, verb, trigger, doers, heads, confidence=0.7)


def _heads_fought(
    ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger
) -> Iterator[Draft]:
    """ "launched a coup against the government of X", "a coup against Y's government by
    army officers": the head the government is named after was attacked with it."""
    targets = prep_objects(noun, ctx.cues["takeovers"]["target_preps"])
    heads = _seat_heads(ctx, para, targets)
    if not heads:
        return
    verb = noun.head
    doers = ctx.prep_actors(para, [noun], ("by",))
    # "launched a coup": the subject of the noun's own light verb made it ("criticised the
    # attack on the government of X" makes no attack)
    governs = (
        noun.dep_ == "dobj"
        and verb.pos_ == "VERB"
        and trigger.light is not None
        and verb.lemma_.lower() in trigger.light
    )
    if not doers and governs:
        doers = _own_subjects(ctx, para, verb)
    doers = [e for e in doers if ctx.etype_in(e, ACTOR_TYPES) and e not in heads]
    if doers:
        clause = verb if governs else noun
        yield from emit(ctx, para, noun, clause, trigger, doers, heads, confidence=0.65)


def _seat_heads(ctx: ArticleContext, para: Paragraph, nouns: list[Any]) -> list[str]:
    """The people the seat nouns among ``nouns`` are named after: "the government of X",
    "X's government", "the regime of Y"."""
    seats = ctx.cues["takeovers"]["seat_nouns"]
    return [
        e
        for seat in nouns
        if seat.lemma_.lower() in seats
        for p in (
            *prep_objects(seat, ("of",)),
            *(c for c in para.children(seat) if c.dep_ == "poss"),
        )
        for e in ctx.ents(para, p)
        if ctx.etype_is(e, EntityType.PERSON)
    ]


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
