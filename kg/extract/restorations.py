"""Leaders restored: "a campaign aimed at restoring President X to power", "launched air strikes
to restore the government of X", "reinstated X to office", "hoping to restore to power X".
Whoever acts to put a leader back supports him (PLOVER SUPPORT, CAMEO 050), as the act goes
(the campaign is waged: occurred).
Words are data (``restorations`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_CAMEO = "050"
# from the restoring verb up to the clause that has the actor: "to restore" (xcomp, advcl),
# "strikes ... and restore" (conj), "a campaign aimed at restoring" (pcomp, prep, acl, pobj)
_CLIMB = ("xcomp", "advcl", "conj", "pcomp", "prep", "acl", "pobj", "dobj")
_STEPS = 6
_LEADERS = (EntityType.PERSON,)


def restorations(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from the actor restoring a leader to the leader."""
    words = ctx.cues["restorations"]
    verbs = set(words["verbs"])
    for i, lemma in enumerate(para.lemmas):
        if para.poses[i] != "VERB" or lemma not in verbs:
            continue
        verb = para.tokens[i]
        leaders = _leaders(ctx, para, verb, words)
        if not leaders:
            continue
        found = _actors(ctx, para, verb)
        if found is None:
            continue
        clause, actors = found
        actors = [a for a in actors if ctx.etype_in(a, ACTOR_TYPES) and a not in leaders]
        if not actors:
            continue
        status = qualifiers.status(ctx, clause, clause)
        date = qualifiers.date(ctx, para, clause, clause, status)
        span = ctx.sentence_span(para, verb)
        for actor in dict.fromkeys(actors):
            for leader in dict.fromkeys(leaders):
                yield Draft(
                    actor, Predicate.SUPPORTED, leader, status, date, None, None, _CAMEO, span, 0.8
                )


def _leaders(ctx: ArticleContext, para: Paragraph, verb: Any, words: Any) -> list[str]:
    """The person put back: "restoring X to power" (the object, with "to" and a goal noun),
    "restore the government of X" / "restore X's government" (the rule noun's owner)."""
    objects = [c for c in para.children(verb) if c.dep_ == "dobj"]
    goals = words["goal_nouns"]
    to_goal = any(
        (
            c.dep_ == "prep"
            and c.lower_ == "to"
            and any(p.dep_ == "pobj" and p.lemma_.lower() in goals for p in c.children)
        )
        # "reinstated X to office": the parser makes "to office" an infinitive
        or (c.dep_ == "xcomp" and c.lower_ in goals)
        for c in para.children(verb)
    )
    if to_goal and not objects:
        objects = _shifted_object(para, verb, goals)
    elif not objects:
        objects = _goal_compound_object(para, verb, goals)
        to_goal = bool(objects)
    found: list[str] = []
    for obj in objects:
        if obj.lemma_.lower() in words["rule_nouns"]:
            owners = [c for c in obj.children if c.dep_ == "poss"] + [
                p
                for c in obj.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            found += [e for o in owners for e in ctx.ents(para, o)]
        elif to_goal:
            found += ctx.ents(para, obj)
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, _LEADERS)]


def _shifted_object(para: Paragraph, verb: Any, goals: list[str]) -> list[Any]:
    """ "hoping to restore to power Yemen's President X": with the goal written before the
    object, the parser hangs the object on a verb up the clause; it is the object there that
    starts right after the goal phrase."""
    ends = [
        c.right_edge.i
        for c in para.children(verb)
        if c.dep_ == "prep"
        and c.lower_ == "to"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in goals for p in c.children)
    ]
    node = verb
    for _ in range(_STEPS):
        if node.dep_ not in _CLIMB or node.head == node:
            return []
        node = node.head
        found = [c for c in para.children(node) if c.dep_ == "dobj" and c.left_edge.i - 1 in ends]
        if found:
            return found
    return []


def _goal_compound_object(para: Paragraph, verb: Any, goals: list[str]) -> list[Any]:
    """ "to restore to power Gambia's President X": the parser may make the goal noun a
    modifier at the front of the leader's name, the whole the object of "to"."""
    return [
        p
        for c in para.children(verb)
        if c.dep_ == "prep" and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
        and p.left_edge.dep_ == "compound"
        and p.left_edge.lemma_.lower() in goals
    ]


def _actors(ctx: ArticleContext, para: Paragraph, verb: Any) -> tuple[Any, list[str]] | None:
    """The clause verb that has a subject, up from the restoring verb, and the actors its
    subject names; None for a passive, a relative pronoun's clause or no subject near."""
    node = verb
    for _ in range(_STEPS):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in para.children(node)):
            return None
        subjects = [c for c in para.children(node) if c.dep_ == "nsubj"]
        if subjects:
            if any(s.lower_ in ctx.lx.words.relative_pronouns for s in subjects):
                return None
            return node, [e for s in subjects for e in ctx.ents(para, s)]
        if node.dep_ not in _CLIMB or node.head == node:
            return None
        node = node.head
    return None
