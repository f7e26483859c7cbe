"""Weapons used against someone, told by a noun: "the Syrian government's use of barrel bombs
against civilians", "the use of force against protesters by police". The user attacked them,
as with the verb ("used barrel bombs against civilians": the lexicon's rows of a weapon with the
light verb "use"). Words are data (``weapon_uses`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The nouns of using ("use", "employment")."""
    words: list[str] = lx.cues["weapon_uses"]["nouns"]
    return words


def weapon_uses(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of a use noun whose "of" names a weapon and whose "against" names a
    target, by the use's owner ("X's use of Y against Z") or its "by" agent."""
    cues = ctx.cues["weapon_uses"]
    for i in para.hits(ctx.word_set(cue_words)):
        use = para.tokens[i]
        if use.pos_ != "NOUN" or use.lemma_.lower() not in cues["nouns"]:
            continue
        for weapon in prep_objects(use, ("of",)):
            trigger = _weapon_trigger(ctx, weapon, cues["verbs"])
            if trigger is None:
                continue
            # "the use of force against X": the parser may hang the target on the weapon
            aims = prep_objects(use, cues["preps"]) + prep_objects(weapon, cues["preps"])
            targets = [e for p in aims for e in actors_of(ctx, para, p)]
            users = [e for e in _users(ctx, para, use) if e not in targets]
            if targets and users:
                yield from emit(ctx, para, use, use, trigger, users, targets, confidence=0.7)


def _weapon_trigger(ctx: ArticleContext, weapon: Any, verbs: list[str]) -> Trigger | None:
    """The lexicon's attack row of the weapon noun under a light verb of using ("N bomb [use]"
    in tools/lexicon/seeds/assault.txt), so the weapons are the verb's: none for a thing used
    against no one ("the use of software against fraud")."""
    for trigger in ctx.lx.triggers.candidates(weapon.lemma_.lower(), "NOUN"):
        if trigger.predicate is Predicate.ATTACKED and set(trigger.light or ()) & set(verbs):
            return trigger
    return None


def _users(ctx: ArticleContext, para: Paragraph, use: Any) -> list[str]:
    """Who uses the weapon: the noun's owner ("the government's use", "Syrian use") or its
    "by" agent ("the use of force by police")."""
    found = [
        e
        for c in use.children
        if c.dep_ in ("poss", "compound", "amod")
        for e in ctx.ents(para, c, adjectives=True)
    ]
    found += [e for p in prep_objects(use, ("by",)) for e in actors_of(ctx, para, p)]
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]
