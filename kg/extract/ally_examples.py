"""Allies given as examples: "the regime and its agents, including Hezbollah", "Moscow's
proxies, such as the Wagner Group" -> each side named after the example word supports the
owner of the ally noun (PLOVER SUPPORT, CAMEO 050). The nouns and example words are data
(``ally_examples`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of
from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status

_CAMEO = "050"  # CAMEO "express intent to cooperate / support", here a standing alliance


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The ally nouns, plural and singular (the stage's cues)."""
    nouns: list[str] = lx.cues["ally_examples"]["nouns"]
    return nouns


def ally_examples(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from each example after an owned ally noun to the noun's owner."""
    words = ctx.cues["ally_examples"]
    nouns, examples = frozenset(words["nouns"]), frozenset(words["examples"])
    not_modifiers = frozenset(words["not_modifiers"])
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.lower_ not in nouns:
            continue
        if any(c.lower_ in not_modifiers for c in noun.children if c.dep_ in ("amod", "advmod")):
            continue  # "its former allies, including X": no longer on its side
        owners = [
            e
            for c in noun.children
            if c.dep_ == "poss"
            for e in actors_of(ctx, para, c)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        if not owners and noun.dep_ == "conj" and _own_pronoun(noun):
            # "the regime and its agents": "its" is the noun coordinated before
            owners = [e for e in actors_of(ctx, para, noun.head) if ctx.etype_in(e, ACTOR_TYPES)]
        if not owners:
            continue
        named = [
            e
            for prep in _example_preps(noun, examples)
            for p in prep.children
            if p.dep_ == "pobj"
            for e in actors_of(ctx, para, p)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in owners
        ]
        for side in dict.fromkeys(named):
            for owner in dict.fromkeys(owners):
                draft = ctx.draft(para, noun, side, Predicate.SUPPORTED, owner, 0.7)
                # a standing tie, told as a fact whatever the clause's mood ("will fight the
                # regime and its agents, including X"): occurred
                yield replace(draft, status=Status.OCCURRED, cameo=_CAMEO)


def _example_preps(noun: Any, examples: frozenset[str]) -> list[Any]:
    """The example phrases of the noun: its own "including"/"such as" ("its allies, including
    X"), or one the parser hung on the verb the noun is the last object of ("fight the regime
    and its agents on the ground, including Hezbollah"), when nothing but punctuation or a
    phrase of the verb lies between them."""
    found = [c for c in noun.children if c.dep_ == "prep" and _is_example(c, examples)]
    if found:
        return found
    verb = first_conjunct(noun)
    if verb.dep_ != "dobj":
        return []
    verb = verb.head
    between_ok = {
        t.i for c in verb.children if c.dep_ == "prep" and c.i > noun.i for t in c.subtree
    }
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i <= noun.i or not _is_example(prep, examples):
            continue
        gap = range(noun.right_edge.i + 1, prep.i)
        doc = noun.doc
        if all(doc[j].is_punct or (j in between_ok and doc[j] not in prep.subtree) for j in gap):
            return [prep]
    return []


def _is_example(prep: Any, examples: frozenset[str]) -> bool:
    """ "including", "like", or "such as"."""
    if prep.lower_ == "as":
        return any(c.lower_ == "such" for c in prep.children)
    return prep.lower_ in examples


def _own_pronoun(noun: Any) -> bool:
    """The noun is owned by "its" or "their" ("its agents")."""
    return any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children)
