"""Lenders named before the loan: "its EU-IMF bailout", "Greece's IMF loan", "Ukraine received
an IMF bailout" -> the lender named in the compound supported the owner of the loan, or the one
who received it (PLOVER AID, CAMEO 071). The words are data (``bailouts`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_CAMEO = "071"  # CAMEO "provide economic aid"
_LENDERS = (EntityType.ORGANIZATION, EntityType.COUNTRY)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The loan nouns (the stage's cues)."""
    nouns: list[str] = lx.cues["bailouts"]["nouns"]
    return nouns


def bailouts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from the lender a loan noun's compound names to its owner or taker."""
    words = ctx.cues["bailouts"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words["nouns"]:
            continue
        lenders = [
            e for c in _compounds(noun) for e in ctx.ents(para, c) if ctx.etype_in(e, _LENDERS)
        ]
        if not lenders:
            continue
        takers = [
            e
            for c in para.children(noun)
            if c.dep_ == "poss"
            for e in ctx.ents(para, c)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        verb = noun.head
        if not takers and noun.dep_ == "dobj" and verb.lemma_.lower() in words["taking_verbs"]:
            takers = subjects_of(ctx, para, verb)  # "Ukraine received an IMF bailout"
        takers = [t for t in takers if t not in lenders]
        if not takers:
            continue
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.SUPPORTED, _CAMEO)
        yield from emit(ctx, para, noun, noun, trigger, lenders, takers, confidence=0.6)


def _compounds(noun: Any) -> list[Any]:
    """The names compounded before the noun, through hyphens and "and" ("EU-IMF bailout",
    "IMF and World Bank loans")."""
    found: list[Any] = []
    todo = [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i]
    while todo:
        tok = todo.pop()
        found.append(tok)
        todo += [c for c in tok.children if c.dep_ in ("compound", "conj") and c.i < noun.i]
    return found
