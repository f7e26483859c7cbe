"""Removals told in the passive with no doer but the state or body they remove from: "More than
400 Mozambicans have been deported from South Africa", "Indonesia was suspended from FIFA",
"Russia was expelled from the G8", "was banned from UEFA competitions", "was banned from
travelling on Delta Air Lines" -> the country or organisation after "from" (or owning what
follows it, or the body of the act barred) sanctioned the one removed, with the removal
verb's own trigger (a deportation is CAMEO 174, a suspension 160). A town or a place after
"from" names where, not who ("deported from Calais"). Words are data
(``removal_passives`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

_REMOVERS = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION})
_REMOVALS = frozenset({Predicate.SANCTIONED, Predicate.COERCED})


def cue_words(lx: Lexicon) -> list[str]:
    """The removal verbs' lemmas, the words this stage starts from."""
    words: list[str] = lx.cues["removal_passives"]["verbs"]
    return words


def removal_passives(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """sanctioned (or coerced) claims from the body after "from" to the passive's subject."""
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        removed = _agentless_subjects(verb)
        if not removed:
            continue
        trigger = ctx.lx.triggers.match(verb)
        if trigger is None or trigger.predicate not in _REMOVALS:
            continue
        removers = [
            e
            for o in _from_bodies(verb)
            for e in actors_of(ctx, para, o)
            if ctx.etype_in(e, _REMOVERS)
        ]
        targets = [e for s in removed for e in actors_of(ctx, para, s) if e not in removers]
        if not (removers and targets):
            continue
        for draft in emit(ctx, para, verb, verb, trigger, removers, targets, confidence=0.6):
            # "civilians expelled from X" may read as an assault (the emitter's forceful
            # sense); a removal with no doer named is told as a measure, not as force
            if draft.predicate in _REMOVALS:
                yield draft


def _from_bodies(verb: Any) -> list[Any]:
    """The words after "from" that may name the remover: the object itself ("from FIFA"),
    the name that owns it ("from UEFA competitions", "from FIFA's tournaments"), or the body
    of a barred act ("banned from travelling on Delta Air Lines", "from flying with X";
    sup43)."""
    found: list[Any] = []
    for o in prep_objects(verb, ("from",)):
        found.append(o)
        found += [c for c in o.children if c.dep_ in ("compound", "poss")]
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for act in prep.children:
            if act.dep_ == "pcomp" and act.tag_ == "VBG":
                found += prep_objects(act, ("on", "with"))
    return found


def _agentless_subjects(verb: Any) -> list[Any]:
    """The subjects of a passive participle with no "by" agent ("was suspended from FIFA");
    none for one with an agent, whose doer the trigger rules read."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB":
        return []
    kids = list(verb.children)
    # the parser may read the agent's "by" as a plain preposition ("suspended by FIFA")
    agent = any(k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by") for k in kids)
    if agent or not any(k.dep_ == "auxpass" for k in kids):
        return []
    return [k for k in kids if k.dep_ == "nsubjpass"]
