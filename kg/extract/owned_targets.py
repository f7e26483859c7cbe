"""Attacks on what the victims own, told with a possessive pronoun: "40 civilians who were
trying to flee the fighting died when the fighters fired shells at their boat" -> the
fighters attacked the civilians. Words are data (``owned_targets`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The owned things (the stage's cues)."""
    words: list[str] = lx.cues["owned_targets"]["nouns"]
    return words


def owned_targets(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from an attack verb whose object (or object after its preposition) is
    a thing owned by "their" ("fired shells at their boat", "torched their homes"): the owner
    is the one plural actor the sentence names before the verb that is not its subject;
    none when there is no such actor or more than one, or the thing is the attackers' own."""
    words = ctx.cues["owned_targets"]
    pronouns = set(words["pronouns"])
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN":
            continue
        kids = para.children(noun)
        if not any(c.dep_ == "poss" and c.lower_ in pronouns for c in kids):
            continue
        if any(c.lower_ == "own" for c in kids):
            continue  # "their own positions"
        if noun.dep_ == "dobj":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb = noun.head.head
        else:
            continue
        if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in para.children(verb)):
            continue
        trigger = ctx.lx.triggers.match(verb)
        if trigger is None or trigger.predicate is not Predicate.ATTACKED:
            continue
        if trigger.prep is not None and noun.dep_ != "pobj":
            continue
        attackers = subjects_of(ctx, para, verb)
        if not attackers:
            continue
        owners = _owners(ctx, para, verb, attackers)
        if len(owners) == 1:
            yield from emit(ctx, para, verb, verb, trigger, attackers, owners, confidence=0.6)


def _owners(ctx: ArticleContext, para: Paragraph, verb: Any, attackers: list[str]) -> list[str]:
    """The plural actors named in the verb's sentence before it, other than the attackers."""
    sent = para.sent_tokens(verb.i)
    found = [
        e
        for t in sent
        if t.i < verb.i and t.i in para.links and t.tag_ in ("NNS", "NNPS")
        for e in ctx.ents(para, t)
        if ctx.etype_in(e, ACTOR_TYPES) and e not in attackers
    ]
    return list(dict.fromkeys(found))
