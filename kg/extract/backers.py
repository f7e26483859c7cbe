"""Backers named in a compound participle: "Russian-backed separatists", "the Saudi-backed
government", "US-funded rebels" -> the named actor supported the one the noun stands for
(PLOVER SUPPORT). The participles are the support verbs of the trigger lexicon.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

# how the parser hangs the name on the participle ("Russian-backed": npadvmod)
_BACKER_DEPS = ("npadvmod", "compound", "nmod", "amod")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The support verbs of the trigger lexicon (the stage's one kind of cue)."""
    return (t.lemma for t in _support_verbs(lx))


def backers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from a name joined by a hyphen to a support participle in front of
    the noun it modifies."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        participle = tokens[i]
        if participle.dep_ != "amod" or participle.tag_ not in ("VBN", "VBD"):
            continue
        trigger = next(
            (t for t in _support_verbs(ctx.lx) if t.lemma == participle.lemma_.lower()), None
        )
        if trigger is None:
            continue
        if i == 0 or tokens[i - 1].text != "-":
            continue  # "the backed rebels", "rebels backed by X" (an acl, read elsewhere)
        noun = participle.head
        if noun.i < i:
            continue
        backing = _named(ctx, para, participle)
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


def _support_verbs(lx: Lexicon) -> list[Trigger]:
    """The verbs that support an object with no preposition ("back", "fund", "arm")."""
    return [
        t
        for t in lx.triggers
        if t.pos == "VERB"
        and t.predicate is Predicate.SUPPORTED
        and t.prep is None
        and t.particle is None
        and t.light is None
    ]


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
    return [e for e in ctx.ents(para, before, adjectives=True) if ctx.etype_in(e, ACTOR_TYPES)]
