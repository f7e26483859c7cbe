"""Attacks told by a clause on the attack noun: "launched air strikes that hit Houthi
positions", "an offensive that has driven out the armed group", "the coalition's air campaign
targeting the rebels", "a wave of air strikes targeting the rebels": the attack's maker
attacked the clause's object (PLOVER ASSAULT, the clause verb's CAMEO code).
Words: ``attack_clauses`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon, counted_noun
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import Predicate


def attack_clauses(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from an attack noun whose relative clause or "-ing" clause is itself an
    attack ("raids that killed", "a campaign targeting"): the noun's maker (the subject of its
    making verb, its owner, its "by" agent) attacked the clause verb's object."""
    words = ctx.cues["attack_clauses"]
    making = frozenset(words["making_verbs"])
    relatives = frozenset(words["relative_words"])
    nouns: frozenset[str] | None = None
    for i, hit in para.matches(ctx.lx.triggers).items():
        clause = para.tokens[i]
        if hit.predicate is not Predicate.ATTACKED or clause.pos_ != "VERB":
            continue
        token = clause.head
        if token.pos_ != "NOUN" or not _active(para, clause, relatives):
            continue
        if nouns is None:
            nouns = ctx.prepared(_attack_nouns)
        counted = _counted(token, nouns)
        if (
            token.lemma_.lower() not in nouns
            and not _armed_campaign(para, token, words)
            and not counted
        ):
            continue
        objects = _objects(ctx, para, clause)
        makers = (
            list(dict.fromkeys(e for n in (token, *counted) for e in _makers(ctx, para, n, making)))
            if objects
            else []
        )
        if not makers:
            continue
        status = qualifiers.status(ctx, clause, clause)
        date = qualifiers.date(ctx, para, clause, clause, status)
        yield from ctx.pair_drafts(
            para,
            clause,
            makers,
            Predicate.ATTACKED,
            objects,
            status=status,
            date=date,
            cameo=hit.cameo,
        )


def _attack_nouns(lx: Lexicon) -> frozenset[str]:
    """The attack nouns of the trigger index, whatever light verb or preposition they want:
    made once a lexicon (``ArticleContext.prepared``), not by a walk over every trigger for
    each paragraph that asks."""
    return frozenset(
        t.lemma for t in lx.triggers if t.predicate is Predicate.ATTACKED and t.pos == "NOUN"
    )


def _counted(noun: Any, nouns: frozenset[str]) -> list[Any]:
    """The attack nouns a counting noun counts: "launched a fresh wave of air strikes
    targeting the rebels" (the parser hangs the clause on "wave"); none for another noun or
    "a wave of anger"."""
    return [p for p in counted_noun(noun) or () if p.lemma_.lower() in nouns]


def _armed_campaign(para: Paragraph, noun: Any, words: dict[str, Any]) -> bool:
    """Whether the noun is a campaign that an armed word makes an attack: "an air campaign",
    "a military operation" (not "an advertising campaign targeting voters")."""
    return noun.lemma_.lower() in words["campaign_nouns"] and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in words["armed_words"]
        for c in para.children(noun)
    )


def _active(para: Paragraph, clause: Any, relatives: frozenset[str]) -> bool:
    """Whether the clause has the attack for its subject: "raids that killed" (the relative
    word is the subject), "a campaign targeting" (an "-ing" participle); not "the attack,
    which Turkey condemned" nor "attacks sparked by a rumour"."""
    kids = para.children(clause)
    if clause.dep_ == "relcl":
        return any(c.dep_ == "nsubj" and c.lower_ in relatives for c in kids)
    return (
        clause.dep_ == "acl" and clause.tag_ == "VBG" and not any(c.dep_ == "nsubj" for c in kids)
    )


def _objects(ctx: ArticleContext, para: Paragraph, clause: Any) -> list[str]:
    """The actors the clause verb hit: its object, or the owner of an unnamed object
    ("hit Houthi positions", "targeting the rebels' bases")."""
    found: list[str] = []
    for obj in (c for c in para.children(clause) if c.dep_ == "dobj"):
        for node in (obj, *obj.conjuncts):
            named = ctx.ents(para, node)
            if not named:
                named = [
                    e
                    for c in para.children(node)
                    if c.dep_ in ("poss", "compound")
                    for e in ctx.ents(para, c, adjectives=True)
                ]
            found += [e for e in named if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(found))


def _makers(ctx: ArticleContext, para: Paragraph, noun: Any, making: frozenset[str]) -> list[str]:
    """Who made the attack: its owner ("the coalition's campaign"), its "by" agent or the side
    named in front of it, else the subject of the verb that launched it ("the army launched an
    offensive")."""
    found = [
        e
        for c in para.children(noun)
        if c.dep_ == "poss"
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    found += ctx.prep_actors(para, [noun], ("by",))
    # "an Israeli raid", "an al-Shabab bombing": a demonym, or a side named in front (a place
    # in front is where it struck: "the Aleppo offensive")
    found += [
        e
        for c in para.children(noun)
        if c.dep_ in ("amod", "compound") and c.i < noun.i
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype_in(e, ACTOR_TYPES) and (c.dep_ == "amod" or not ctx.etype_in(e, PLACE_TYPES))
    ]
    verb = noun.head
    if not found and noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in making:
        found = ctx.subject_actors(para, verb, agents=True)
    return list(dict.fromkeys(found))
