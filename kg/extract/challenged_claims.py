"""Accounts challenged: "Amnesty challenged Nigeria's version of events", "questioned the
army's account of the killings", "contested the government's claims": whoever challenges,
questions or contests an actor's version, account, narrative or claims criticises that actor
(CAMEO 111). The lexicon cannot key these verbs: their actor objects are no criticism
("challenged Usain Bolt", "police questioned the suspects"). Words are data
(``challenged_claims`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The verbs of challenging (the stage's cue words)."""
    yield from lx.cues["challenged_claims"]["verbs"]


def challenged_claims(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a challenger to the owner of the account it challenges."""
    words = ctx.cues["challenged_claims"]
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["verbs"]:
            continue
        accounts = [
            c
            for c in para.children(verb)
            if c.dep_ == "dobj"
            and c.lemma_.lower() in words["nouns"]
            and not _right(para, verb, c, words["right_preps"])
        ]
        owners = [
            e
            for a in accounts
            for e in dict.fromkeys(_owners(ctx, para, a))
            if ctx.etype_in(e, ACTOR_TYPES) and _public(ctx, e)
        ]
        if not owners:
            continue
        challengers = [s for s in _challengers(ctx, para, verb) if s not in owners]
        trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.CRITICIZED, "111")
        yield from emit(ctx, para, verb, verb, trigger, challengers, owners, confidence=0.7)


def _right(para: Paragraph, verb: Any, noun: Any, preps: list[str]) -> bool:
    """ "challenged Samsung's claim to the patent", "contested Ukraine's claim to Crimea": a
    right asserted, no statement. The preposition hangs on the noun, or on the verb right
    after the noun (the parser's reading of "contested X's claim to Crimea")."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in preps
        and (p.head.i == noun.i or p.i == noun.right_edge.i + 1)
        for p in [*para.children(noun), *para.children(verb)]
    )


def _public(ctx: ArticleContext, label: str) -> bool:
    """A person's account counts only when the person holds an office: a known officeholder
    of the gazetteer, or one the article names with a title ("Senator X's account"). A
    private person's claim is no government's ("Federer contested Nadal's claim that the ball
    was out")."""
    if not ctx.etype_is(label, EntityType.PERSON):
        return True
    entry = ctx.lx.lookup(label)
    if entry is not None and entry.roles:
        return True
    return any(person == label for seen in ctx.titled.values() for _, person in seen)


def _owners(ctx: ArticleContext, para: Paragraph, account: Any) -> list[str]:
    """Whose account it is: "Nigeria's version", "the Israeli narrative", "claims by the
    army" (not "the account of X": a bank's account names its holder)."""
    found = [
        e
        for c in para.children(account)
        if c.dep_ in ("poss", "compound", "amod", "nmod")
        for e in ctx.ents(para, c, adjectives=True)
    ]
    return found + [
        e
        for prep in para.children(account)
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from")
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
    ]


def _challengers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who challenges: the verb's subject, or the publisher of the report the verb qualifies
    ("Hersh has published a report challenging Washington's version")."""
    head = verb.head
    if (
        verb.dep_ == "acl"
        and head.lemma_.lower() in ctx.cues["statement_nouns"]
        and head.dep_ == "dobj"
    ):
        return subjects_of(ctx, para, head.head)
    return subjects_of(ctx, para, verb)
