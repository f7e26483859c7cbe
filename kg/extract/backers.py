"""Backers named in a compound participle: "Russian-backed separatists", "the Saudi-backed
government", "US-funded rebels" (or with no hyphen after a country's adjective: "the Iranian
supported militias") -> the named actor supported the one the noun stands for
(PLOVER SUPPORT); and an owned support noun with an "of" phrase: "announced its backing of
Saudi Arabia" (without an owner, "the backing of Qatar" names the backer, read elsewhere). The
participles and nouns are the support triggers of the trigger lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, EventType, Predicate

# how the parser hangs the name on the participle ("Russian-backed": npadvmod)
# CAMEO's diplomatic recognition ("UN-recognised"): a participle of it describes a standing
_RECOGNITION = "054"
_BACKER_DEPS = ("npadvmod", "compound", "nmod", "amod")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The support verbs and nouns of the trigger lexicon (the stage's cues)."""
    return (t.lemma for t in _support_triggers(lx))


def backers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from a name joined by a hyphen to a support participle in front of
    the noun it modifies."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        participle = tokens[i]
        if participle.pos_ == "NOUN":
            yield from _owned_support(ctx, para, participle)
            continue
        if participle.dep_ != "amod" or participle.tag_ not in ("VBN", "VBD"):
            continue
        trigger = ctx.prepared(_support_verbs).get(participle.lemma_.lower())
        if trigger is None or trigger.cameo == _RECOGNITION:
            # "the UN-recognised government": a standing the noun is named by, no act of
            # support (and the backing participles only: "UN-backed" is one)
            continue
        noun = participle.head
        if i == 0 or noun.i < i:
            continue  # "rebels backed by X" (an acl, read elsewhere)
        if tokens[i - 1].text == "-":
            backing = _named(ctx, para, participle)
        else:
            # "the Iranian supported militias": a country's adjective written apart from the
            # participle, on the same noun ("the backed rebels" names no backer)
            backing = _demonym_before(ctx, para, participle)
        # the noun's own actor, not its conjuncts' ("Saudi-backed forces and the Houthis")
        own = para.links.get(noun.i)
        backed = [own] if own is not None and ctx.etype_in(own, ACTOR_TYPES) else []
        if not backing or not backed:
            continue
        status = qualifiers.status(ctx, noun.head, noun.head)
        for backer in backing:
            for side in backed:
                if backer != side:
                    draft = ctx.draft(para, participle, backer, Predicate.SUPPORTED, side, 0.7)
                    yield replace(draft, status=status, cameo=trigger.cameo)


def _support_verbs(lx: Lexicon) -> dict[str, Trigger]:
    """The verbs that support an object with no preposition ("back", "fund", "arm"), by
    lemma (the first entry of a lemma, as the lexicon orders them)."""
    verbs: dict[str, Trigger] = {}
    for t in _support_triggers(lx):
        if t.pos == "VERB":
            verbs.setdefault(t.lemma, t)
    return verbs


def _support_triggers(lx: Lexicon) -> list[Trigger]:
    """The support verbs, and the nouns of political support ("backing", not aid), with no
    preposition, particle or light verb of their own."""
    return [
        t
        for t in lx.triggers
        if t.predicate is Predicate.SUPPORTED
        and (t.pos == "VERB" or t.event is EventType.SUPPORT)
        and t.prep is None
        and t.particle is None
        and t.light is None
    ]


def _owned_support(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "announced its backing of Saudi Arabia": the owner supports the "of" phrase's actor
    (only with an owner and no "for"/"to" phrase, which the trigger rules read)."""
    kids = para.children(noun)
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in kids):
        return
    owners = [
        e
        for c in kids
        if c.dep_ == "poss"
        for e in ctx.ents(para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    backed = [
        e
        for p in prep_objects(noun, ("of",))
        for e in ctx.ents(para, p)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    if not owners or not backed:
        return
    trigger = ctx.lx.triggers.match(noun)
    clause = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else noun
    status = qualifiers.status(ctx, noun, clause)
    for owner in owners:
        for side in backed:
            if owner != side:
                draft = ctx.draft(para, noun, owner, Predicate.SUPPORTED, side, 0.7)
                yield replace(draft, status=status, cameo=trigger.cameo if trigger else "050")


def _named(ctx: ArticleContext, para: Paragraph, participle: Any) -> list[str]:
    """The actor named before the hyphen: the participle's modifier, or the token before the
    hyphen when the parser hung it elsewhere."""
    found = [
        e
        for c in participle.children
        if c.dep_ in _BACKER_DEPS and c.i < participle.i
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    if found or participle.i < 2:
        return found
    before = para.tokens[participle.i - 2]
    found = [e for e in ctx.ents(para, before, adjectives=True) if ctx.etype_in(e, ACTOR_TYPES)]
    return found or _hyphened_coalition(ctx, para, participle)


def _demonym_before(ctx: ArticleContext, para: Paragraph, participle: Any) -> list[str]:
    """The country whose adjective stands just before the participle and modifies the same
    noun ("the Saudi backed forces"), or none."""
    before = para.tokens[participle.i - 1]
    if before.tag_ != "JJ" or before.dep_ != "amod" or before.head.i != participle.head.i:
        return []
    found = [
        e for e in ctx.ents(para, before, adjectives=True) if ctx.etype_is(e, EntityType.COUNTRY)
    ]
    entry = ctx.lx.by_demonym.get(before.lower_)
    if not found and entry is not None and ctx.etype_is(entry.label, EntityType.COUNTRY):
        # (the model may take the adjective into the noun's own name: "Saudi backed forces")
        found = [entry.label]
    return found


def _hyphened_coalition(ctx: ArticleContext, para: Paragraph, participle: Any) -> list[str]:
    """ "the Arab-coalition-backed government": a coalition named by its members' region
    (``coalition_names``) before the hyphens is the article's coalition of that name, when
    the article names it as such too."""
    i = participle.i
    if i < 4:
        return []
    tokens = para.tokens
    region, dash, noun = tokens[i - 4], tokens[i - 3], tokens[i - 2]
    if dash.text != "-" or noun.lower_ != "coalition":
        return []
    if region.text not in ctx.lx.actors.coalition_names:
        return []
    label = f"{region.text} coalition"
    return [label] if ctx.named_here(label) and ctx.etype_in(label, ACTOR_TYPES) else []
