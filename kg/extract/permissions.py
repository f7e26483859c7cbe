"""Permissions: "Egypt allowed Hamas leaders to travel to Cairo", "the court decided to allow
Alassane Ouattara to run" -> conceded_to (PLOVER CONCEDE, CAMEO 080): the parser makes the one
allowed the subject of the infinitive, where the trigger lexicon's object slots do not look.
Verbs: ``allow_verbs`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status


def permissions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """conceded_to claims from an actor allowing another actor to do something."""
    verbs = ctx.cues["allow_verbs"]
    poses, lemmas = para.poses, para.lemmas
    for verb in para.tokens:
        if poses[verb.i] != "VERB" or lemmas[verb.i] not in verbs:
            continue
        allowed = [
            s
            for clause in verb.children
            if clause.dep_ in ("ccomp", "xcomp") and clause.pos_ == "VERB"
            for s in clause.children
            if s.dep_ == "nsubj"
        ]
        if not allowed:
            continue
        subjects = _actors(ctx, para, _subjects(verb))
        objects = _actors(ctx, para, allowed)
        if not subjects or not objects:
            continue
        status = qualifiers.status(ctx, verb, verb)
        if status is Status.HYPOTHETICAL:
            continue  # "stopped short of saying whether it will allow migrants to land"
        date = qualifiers.date(ctx, para, verb, verb, status)
        for subject in subjects:
            for obj in objects:
                if subject != obj:
                    draft = ctx.draft(para, verb, subject, Predicate.CONCEDED_TO, obj, 0.75)
                    yield replace(draft, status=status, date=date, cameo="080")


def _subjects(verb: Any) -> list[Any]:
    """The verb's subject, or that of the verb it complements ("decided to allow")."""
    node = verb
    for _ in range(3):
        found = [c for c in node.children if c.dep_ == "nsubj"]
        if found or node.dep_ not in ("xcomp", "conj") or node.head == node:
            return found
        node = node.head
    return []


def _actors(ctx: ArticleContext, para: Paragraph, tokens: list[Any]) -> list[str]:
    found = [e for t in tokens for e in ctx.ents(para, t) if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(found))
