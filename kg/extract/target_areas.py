"""Attacks on unnamed places: "Turkish jets struck targets in northern Iraq", "tanks fired
shells at positions in Jenin", "carried out air strikes on rebel positions in Daleh" attacked
the place named; "a camp for Congolese refugees was attacked" attacked the people it houses
(PLOVER ASSAULT, the trigger's CAMEO code). The trigger rules name the owner of what was hit
("rebel positions"); this stage adds where it lay and whom it sheltered.
Words: ``target_areas`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import interactions, places, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Trigger, light_verb
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate


def target_areas(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from an attack verb, or an attack noun under its light verb, whose
    object is an area noun ("targets", "positions", "villages") in a named place."""
    words = ctx.cues["target_areas"]
    areas = frozenset(words["nouns"])
    if areas.isdisjoint(para.words):
        return  # no area noun ("positions", "targets") for an attack to hit
    aims = tuple(words["aim_preps"])
    wheres = tuple(words["place_preps"])
    users = tuple(words["user_preps"])
    naming = tuple(words["naming_preps"])
    matches = para.matches(ctx.lx.triggers)
    for i, trigger in matches.items():
        if trigger.predicate is not Predicate.ATTACKED or trigger.symmetric_subjects:
            continue
        token = para.tokens[i]
        verb = token if token.pos_ == "VERB" else light_verb(token)
        if verb.pos_ != "VERB" or (token is not verb and token.dep_ != "dobj"):
            continue
        if token is not verb and interactions.countered(ctx, verb):
            continue  # "repelled an attack on the town": the subject did not make it
        # the form too: the model lemmatises "bases" as "basis"
        hit = [
            n for n in _aimed(para, token, aims) if n.lemma_.lower() in areas or n.lower_ in areas
        ]
        hit = [n for n in hit if not ctx.ents(para, n)]
        # "struck targets in Iraq": the parser may hang "in" on either; "killed 12 people
        # and wounded 30 in Kabul": or on a casualty verb coordinated with the verb (gen50)
        joined = _joined_attacks(verb, matches)
        found = [
            e
            for n in hit
            for node in (n, verb, *joined)
            for prep in para.children(node)
            if prep.dep_ == "prep" and prep.lower_ in wheres and (node is n or prep.i > n.i)
            for p in para.children(prep)
            if p.dep_ == "pobj"
            and (e := places.named_place(ctx, para, p)) is not None
            and ctx.etype_in(e, PLACE_TYPES)
            and (prep.lower_ in naming or not _owned(ctx, para, n, e))
        ]
        # "a camp for Congolese refugees was attacked": the people it shelters were
        found += ctx.prep_actors(para, hit, users)
        if not found:
            continue
        owner = _owner(para, token)
        if owner is not None:
            # "fled the army's assault on the town of X": the possessive is the doer, not
            # the subject of the verb the noun is the object of (attack62)
            subjects = [e for e in ctx.ents(para, owner) if ctx.etype_in(e, ACTOR_TYPES)]
        else:
            # "rockets fired by X killed 20 people in Y": the interaction rules' reading of
            # who did it, when no subject names an actor itself
            subjects = ctx.subject_actors(para, verb, agents=True) or interactions.subjects_of(
                ctx, para, verb
            )
        status = qualifiers.status(ctx, token, verb)
        date = qualifiers.date(ctx, para, verb, token, status)
        yield from ctx.pair_drafts(
            para,
            token,
            subjects,
            Predicate.ATTACKED,
            found,
            status=status,
            date=date,
            cameo=trigger.cameo,
        )


def _owner(para: Paragraph, token: Any) -> Any | None:
    """The possessive in front of an attack noun that names its doer ("the army's assault"),
    not a pronoun ("launched its offensive": its is the subject's) nor a time ("claimed
    Friday's attack"); None for a verb or a noun with no such possessive."""
    if token.pos_ != "NOUN":
        return None
    return next(
        (
            c
            for c in para.children(token)
            if c.dep_ == "poss" and c.pos_ != "PRON" and c.ent_type_ not in ("DATE", "TIME")
        ),
        None,
    )


def _joined_attacks(verb: Any, matches: dict[int, Trigger]) -> list[Any]:
    """The attack verbs coordinated after ``verb`` that share its subject ("killed 12 people
    and wounded 30 in Kabul"): the place the last one names is where the first struck too."""
    return [
        c
        for c in verb.conjuncts  # the parser may make both conjuncts of a third verb
        if c.i > verb.i
        and c.pos_ == "VERB"
        # sharing the subject: "bombed targets, but air strikes also targeted X in Y" is a
        # clause of its own
        and not any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        and (other := matches.get(c.i)) is not None
        and other.predicate is Predicate.ATTACKED
    ]


def _aimed(para: Paragraph, token: Any, preps: tuple[str, ...]) -> list[Any]:
    """What the attack was aimed at: the verb's object, or the object of "at"/"on" on the
    verb or the attack noun ("fired shells at targets", "air strikes on positions")."""
    found = [
        c for c in para.children(token) if c.dep_ in ("dobj", "nsubjpass") and token.pos_ == "VERB"
    ]
    nodes = [token] if token.pos_ == "VERB" else [token, token.head]
    found += [
        p
        for node in nodes
        for prep in para.children(node)
        if prep.dep_ == "prep" and prep.lower_ in preps
        for p in para.children(prep)
        if p.dep_ == "pobj"
    ]
    return [n for f in found for n in (f, *f.conjuncts) if n.pos_ == "NOUN"]


def _owned(ctx: ArticleContext, para: Paragraph, noun: Any, place: str) -> bool:
    """Whose the area is bars the place it lies in: "stormed his hideout in Aden" attacked
    him, not the town he hid in; "raids on rebel positions in southern Yemen" hit a side, not
    the country (a town still: "rebel positions in Daleh"). "The stronghold of Aden" names
    the place itself (``naming_preps``)."""
    kids = para.children(noun)
    if any(c.dep_ == "poss" for c in kids):
        return True
    return ctx.etype_is(place, EntityType.COUNTRY) and any(
        c.dep_ in ("compound", "amod", "nmod") and (c.i in para.links or c.pos_ == "NOUN")
        for c in kids
    )
