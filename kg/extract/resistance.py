"""Fighting back: "mobilised in a bid to counter the offensive by ISIL", "beat back a Houthi
offensive", "to halt the Boko Haram advance". Whoever halts, counters or repels an offensive
fights its owner (attacked, CAMEO 190). Words are data (``resistance`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, endeavour_owners, subjects_of
from kg.extract.plans import owner_ents
from kg.lexicon import Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def resistance(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every fighting-back claim of one paragraph."""
    words = ctx.cues["resistance"]
    verbs, particles, nouns = words["verbs"], words["particle_verbs"], words["nouns"]
    poses, lemmas = para.poses, para.lemmas
    for i, lemma in enumerate(lemmas):
        if poses[i] != "VERB" or (lemma not in verbs and lemma not in particles):
            continue
        token = para.tokens[i]
        if lemma not in verbs and not (
            lemma in particles
            and any(
                c.dep_ in ("prt", "advmod") and c.lower_ == particles[lemma] for c in token.children
            )
        ):
            continue
        pushes = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns]
        attackers = [e for p in pushes for e in _owners(ctx, para, p)]
        if pushes and not any(c.dep_ == "auxpass" for c in token.children):
            # "to counter the offensive by ISIL": the parser may hang "by" on the verb
            attackers += [
                e
                for a in token.children
                if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
                for p in a.children
                if p.dep_ == "pobj"
                for e in ctx.ents(para, p)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
        if not attackers:
            continue
        fighters = [s for s in _fighters(ctx, para, token) if s not in attackers]
        trigger = Trigger(lemma, "VERB", Predicate.ATTACKED, "190")
        yield from emit(ctx, para, token, token, trigger, fighters, attackers, confidence=0.8)


def _fighters(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who fights back: the verb's subject, or whose bid or campaign it is ("mobilised in a
    bid to counter", "launched air strikes in a bid to stop")."""
    head = verb.head
    if (
        verb.dep_ == "acl"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in ctx.cues["endeavour_nouns"]["nouns"]
    ):
        return endeavour_owners(ctx, para, head)
    return subjects_of(ctx, para, verb)


def _owners(ctx: ArticleContext, para: Paragraph, push: Any) -> list[str]:
    """Whose offensive it is: "the Houthi offensive", "ISIL's advance", "the offensive by
    ISIL"."""
    found = owner_ents(ctx, para, push)
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]
