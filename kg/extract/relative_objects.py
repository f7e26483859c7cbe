"""Object relatives: "Rwanda, which Congo accused of backing the rebels", "the army, who
Human Rights Watch accused of abuses" -> the clause's subject does what its trigger verb says
to the noun the relative pronoun stands for. Also the parser's slip in "the police, who rights
groups accused of torture": the pronoun made the subject of "rights groups", with "accused"
hung under them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

# what may stand for a taken or struck place as well as for an actor
_PLACE_PREDICATES = (Predicate.ATTACKED, Predicate.VISITED)
_PLACES = (EntityType.CITY, EntityType.PLACE)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The relative pronouns (the stage does nothing without one)."""
    pronouns: list[str] = lx.cues["relative_objects"]["pronouns"]
    return pronouns


def relative_objects(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims of trigger verbs whose object is a relative pronoun."""
    pronouns = ctx.cues["relative_objects"]["pronouns"]
    for i in para.hits(ctx.word_set(cue_words)):
        pronoun = para.tokens[i]
        if pronoun.lower_ not in pronouns:
            continue
        if pronoun.head.dep_ != "relcl":
            continue
        if pronoun.dep_ == "dobj":
            verb = pronoun.head
            doers = [c for c in para.children(verb) if c.dep_ == "nsubj" and c.i > pronoun.i]
        elif pronoun.dep_ == "nsubj":
            # "who activists accused of": the subject parsed as the clause, the verb under it
            doers = _slipped_doers(para, pronoun.head)
            verb = next(
                (
                    c
                    for d in doers
                    for c in para.children(d)
                    if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and c.i > d.i
                ),
                None,
            )
        else:
            continue
        if verb is None or verb.pos_ != "VERB" or _passive(para, verb):
            continue
        trigger = ctx.lx.triggers.match(verb)
        if trigger is None or not _takes_object(trigger, para, verb, pronouns):
            continue
        subjects = [e for d in doers for e in ctx.ents(para, d) if ctx.etype_in(e, ACTOR_TYPES)]
        objects = [
            e
            for e in ctx.antecedent(para, pronoun.head.head)
            if _fits(ctx, trigger, e) and e not in subjects
        ]
        if subjects and objects:
            yield from emit(ctx, para, verb, verb, trigger, subjects, objects, confidence=0.7)


def _slipped_doers(para: Paragraph, clause: Any) -> list[Any]:
    """The subject the parser made the relative clause: the clause word itself when a noun
    ("who activists accused"), else its object ("who rights groups accused": "rights" read as
    a verb with "groups" as its object)."""
    if clause.pos_ in ("NOUN", "PROPN"):
        return [clause]
    # only when the two words are one name ("rights groups"), not a verb and its object
    # ("who leads fighters backed by Iran")
    name = para.links.get(clause.i)
    return [
        c
        for c in para.children(clause)
        if c.dep_ == "dobj" and c.i == clause.i + 1 and name and para.links.get(c.i) == name
    ]


def _passive(para: Paragraph, verb: Any) -> bool:
    """A passive, or a participle with its doer after "by" ("fighters backed by Iran")."""
    return any(
        c.dep_ in ("auxpass", "nsubjpass", "agent") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in para.children(verb)
    )


def _takes_object(trigger: Trigger, para: Paragraph, verb: Any, pronouns: Collection[str]) -> bool:
    """A verb trigger whose object is its direct object, with no direct object of its own
    here ("whom they accused of X", not "which they used to attack Y")."""
    if trigger.pos != "VERB" or trigger.needs_prep or trigger.light is not None:
        return False
    if trigger.object and "dobj" not in trigger.object:
        return False
    return not any(
        c.dep_ in ("dobj", "dative") and c.lower_ not in pronouns for c in para.children(verb)
    )


def _fits(ctx: ArticleContext, trigger: Trigger, label: str) -> bool:
    """The antecedent can be the trigger's object: an actor (a person where the trigger
    wants one), or a place taken, struck or visited."""
    if trigger.needs_person_object:
        return ctx.etype_is(label, EntityType.PERSON)
    if trigger.no_person_object and ctx.etype_is(label, EntityType.PERSON):
        return False
    if ctx.etype_in(label, ACTOR_TYPES):
        return True
    return trigger.predicate in _PLACE_PREDICATES and ctx.etype_in(label, _PLACES)
