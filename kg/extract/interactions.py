"""Interactions: typed, qualified claims between actors (met, attacked, sanctioned, ...) from
trigger verbs and event nouns. Rules read the dependency parse; the words are data.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Trigger
from kg.resolve import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Family, Predicate

_SUBJ = ("nsubj", "csubj")
_OBJ_PREPS = frozenset({"with", "between", "against", "among", "to", "on"})


def interactions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims anchored on trigger verbs and nouns of the lexicon."""
    for token in para.tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB" and lemma in ctx.lx.verb_triggers:
            yield from _verb(ctx, para, token, ctx.lx.verb_triggers[lemma])
        elif token.pos_ in ("NOUN", "PROPN") and lemma in ctx.lx.noun_triggers:
            yield from _noun(ctx, para, token, ctx.lx.noun_triggers[lemma])


def _subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    node = verb
    for _ in range(5):
        deps = _SUBJ if node == verb else (*_SUBJ, "nsubjpass")
        subjects = [c for c in node.children if c.dep_ in deps]
        if subjects:
            found: list[str] = []
            for s in subjects:
                if s.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                    found.extend(ctx.antecedent(para, node.head))
                else:
                    found.extend(ctx.ents(para, s))
            return found
        agents = [c for c in node.children if c.dep_ == "agent"]
        if agents and node == verb:
            return [
                e for a in agents for p in a.children if p.dep_ == "pobj" for e in ctx.ents(para, p)
            ]
        if node.dep_ in ("acl", "relcl"):
            # "Blinken, ..., negotiated with Wang" parsed as a participle on the noun
            return ctx.antecedent(para, node.head)
        if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj"):
            node = node.head
            continue
        break
    return []


def _owners(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> list[str]:
    """For conflict verbs, the owner of an unnamed object: "struck Hezbollah positions",
    "condemned the Russian attack" (the attack's owner is criticised)."""
    if trigger.predicate.family is not Family.CONFLICT:
        return []
    return [
        e
        for c in noun.children
        if c.dep_ in ("poss", "compound", "amod")
        for e in ctx.ents(para, c, adjectives=True)
    ]


def _prep_objects(ctx: ArticleContext, para: Paragraph, head: Any) -> tuple[list[str], list[str]]:
    """(objects after with/against/to, participants after between/among)."""
    objects: list[str] = []
    between: list[str] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OBJ_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                target = between if prep.lower_ in ("between", "among") else objects
                target.extend(ctx.ents(para, pobj))
                for nmod in pobj.children:
                    if nmod.dep_ == "nmod":
                        target.extend(ctx.ents(para, nmod))
    return objects, between


def _verb(ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger) -> Iterator[Draft]:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive:
        subjects = [
            e
            for a in verb.children
            if a.dep_ == "agent"
            for p in a.children
            if p.dep_ == "pobj"
            for e in ctx.ents(para, p)
        ]
        objects = [e for c in verb.children if c.dep_ == "nsubjpass" for e in ctx.ents(para, c)]
    else:
        subjects = _subjects(ctx, para, verb)
        objects = [
            e
            for c in verb.children
            if c.dep_ in ("dobj", "dative")
            for e in ctx.ents(para, c) or _owners(ctx, para, c, trigger)
        ]
    with_objects, between = _prep_objects(ctx, para, verb)
    if not objects and not with_objects and trigger.predicate.family is Family.CONFLICT:
        # "threatened to deliver blows to the United States": the target sits in the xcomp
        for xcomp in verb.children:
            if xcomp.dep_ == "xcomp":
                objects += [
                    e for c in xcomp.children if c.dep_ == "dobj" for e in ctx.ents(para, c)
                ]
                for node in (xcomp, *(c for c in xcomp.children if c.dep_ == "dobj")):
                    more, _ = _prep_objects(ctx, para, node)
                    with_objects += more
    if trigger.needs_with and not with_objects:
        return
    if trigger.predicate is not Predicate.VISITED:
        objects += with_objects
    if trigger.blocked_by_xcomp and any(
        c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children
    ):
        return
    yield from _emit(ctx, para, verb, verb, trigger, subjects, objects + between, confidence=0.9)


def _noun(ctx: ArticleContext, para: Paragraph, noun: Any, trigger: Trigger) -> Iterator[Draft]:
    owners = [
        e
        for c in noun.children
        if c.dep_ in ("poss", "compound", "nmod", "amod")
        for e in ctx.ents(para, c, adjectives=True)
        if ctx.etype(e) in ACTOR_TYPES
    ]
    with_objects, between = _prep_objects(ctx, para, noun)
    for acl in noun.children:
        if acl.dep_ == "acl" and acl.pos_ == "VERB":
            with_objects += [e for c in acl.children if c.dep_ == "dobj" for e in ctx.ents(para, c)]
    head = noun.head
    light = noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX")
    if light:
        more_with, more_between = _prep_objects(ctx, para, head)
        with_objects += more_with
        between += more_between
    if trigger.owner_is_object:
        # "Kennedy's assassination", "the murder of X": owner and "of" name the victim; the
        # doer is the subject of the governing verb ("Sirhan was convicted of ...")
        victims = [e for e in owners if ctx.etype(e) is not EntityType.COUNTRY]
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                victims += [e for p in prep.children if p.dep_ == "pobj" for e in ctx.ents(para, p)]
        by = [
            e
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "by"
            for p in prep.children
            if p.dep_ == "pobj"
            for e in ctx.ents(para, p)
        ]
        subjects = by or (_subjects(ctx, para, head) if noun.dep_ != "ROOT" else [])
        objects = victims
    elif between and not owners and not with_objects:
        subjects, objects = between, []
    else:
        subjects = owners or (_subjects(ctx, para, head) if noun.dep_ != "ROOT" else [])
        objects = with_objects + between
    governs = noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
    clause = head if light or governs else noun
    yield from _emit(
        ctx, para, noun, clause, trigger, subjects, objects, confidence=0.8 if light else 0.65
    )


def _emit(
    ctx: ArticleContext,
    para: Paragraph,
    trigger_token: Any,
    clause: Any,
    trigger: Trigger,
    subjects: list[str],
    objects: list[str],
    confidence: float,
) -> Iterator[Draft]:
    predicate = trigger.predicate
    subjects = [s for s in dict.fromkeys(subjects) if ctx.etype(s) in ACTOR_TYPES]
    if predicate is Predicate.VISITED:
        objects = [o for o in dict.fromkeys(objects) if ctx.etype(o) in PLACE_TYPES]
    elif predicate is Predicate.ATTACKED:
        objects = [o for o in dict.fromkeys(objects) if ctx.etype(o) in ACTOR_TYPES | PLACE_TYPES]
    else:
        objects = [o for o in dict.fromkeys(objects) if ctx.etype(o) in ACTOR_TYPES]
    if trigger.needs_person_object:
        objects = [o for o in objects if ctx.etype(o) is EntityType.PERSON]
    pairs: list[tuple[str, str]] = []
    if objects:
        pairs = [(s, o) for s in subjects for o in objects if s != o]
    elif predicate.symmetric and len(subjects) > 1:
        pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1 :]]
    if not pairs:
        return
    status = qualifiers.status(ctx, trigger_token, clause)
    date = qualifiers.date(ctx, para, clause, trigger_token, status)
    people = {x for p in pairs for x in p}
    holders = [
        t
        for t in trigger_token.sent
        if para.links.get(t.i) in people and t.dep_ in ("dobj", "pobj", "nsubj")
    ]
    place = qualifiers.place(ctx, para, [trigger_token, clause, *holders], people)
    if place is None:
        place = qualifiers._compound_place(ctx, para, trigger_token)
    for subject, obj in pairs:
        if predicate.symmetric and obj < subject:
            subject, obj = obj, subject
        cameo = qualifiers.cameo(ctx, trigger, subject, obj, place)
        yield Draft(
            subject,
            predicate,
            obj,
            status,
            date,
            place,
            None,
            cameo,
            ctx.sentence_span(para, trigger_token),
            confidence,
        )
