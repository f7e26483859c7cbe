"""Verb senses that are no interaction although the verb is a trigger: a government voted out
("won a majority, toppling a 44-year reign by the Conservatives") is no coup, and a person's
rights violated ("Canada breached Khadr's rights") are no norm the person set, and voters
who punish a party ("Turkish voters punished the AK party") criticize it. The
interactions and takeovers stages ask these before they read a trigger verb's arguments. Words:
``electoral_nouns``, ``electoral_preps``, ``entitlement_nouns``, ``punishment_nouns`` and
``electoral_verdicts`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Trigger
from kg.vocab import Predicate

# CAMEO codes of the triggers these senses undo: 180 unconventional violence (topple, oust,
# overthrow, depose), 128 defy norms (violate, breach, infringe on)
_OUSTING = "180"
_DEFYING = "128"
# what only a state or a body imposes (``electoral_verdict``)
_IMPOSED = frozenset({Predicate.SANCTIONED, Predicate.COERCED})
# the clause links through which a participle or a second verb shares its head's scene
# ("won a majority, toppling ...", "won and ousted ...")
_SHARED_SCENE = frozenset({"advcl", "conj", "xcomp"})


def electoral_ouster(ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger) -> bool:
    """An ousting verb told of an election: the verb, or the verb whose scene a participle
    shares, has an election word as its object or in a prepositional phrase ("in a landslide
    victory", "at the polls", "won a majority, toppling the government"). A vote is no coup
    (CAMEO 180); an election named only deeper ("ousted the president who won the
    election") leaves the attack."""
    if trigger.predicate is not Predicate.ATTACKED or trigger.cameo != _OUSTING:
        return False
    words = ctx.cues["electoral_nouns"]
    preps = ctx.cues["electoral_preps"]
    scene = [verb, verb.head] if verb.dep_ in _SHARED_SCENE else [verb]
    return any(
        noun.lemma_.lower() in words
        or any(m.dep_ in ("compound", "amod") and m.lemma_.lower() in words for m in noun.children)
        for v in scene
        for noun in _complements(para, v, preps)
    )


def violated_entitlement(ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger) -> bool:
    """A defying verb whose object is what a person is entitled to ("violated Morsi's
    rights", "breached the rights of X", "infringed on their freedom"): the owner suffers
    the act and set no norm, so he is no target of a rejection (CAMEO 128). A verdict on
    the violator is the evaluations stage's ("say Egypt violated his rights")."""
    if trigger.predicate is not Predicate.CRITICIZED or trigger.cameo != _DEFYING:
        return False
    words = ctx.cues["entitlement_nouns"]
    return any(noun.lemma_.lower() in words for noun in _complements(para, verb))


def court_sentence(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> Trigger | None:
    """The sentencing sense of a verb that has another one: "condemned Badie to death",
    "was condemned to ten years in prison" is a court's sentence (the entry of the verb that
    ``sentencing_senses`` names: "sentence", CAMEO 173), not a criticism. Only with a
    punishment after "to" (``punishment_nouns``, or the head of a measure: "to 10 years in
    jail"); "condemned millions to poverty" keeps the verb's own sense. The sense is chosen
    here, on the token, and not as a lexicon entry of its own, so that the verb's kinds by
    lemma (what an event anaphor may refer to) stay the verb's own."""
    if trigger.pos != "VERB" or trigger.predicate is Predicate.COERCED:
        return None
    target = ctx.cues["sentencing_senses"].get(trigger.lemma)
    if target is None:
        return None
    words = ctx.cues["punishment_nouns"]
    if not any(noun.lemma_.lower() in words for noun in _complements(para, verb, ("to",))):
        return None
    return next(
        (
            t
            for t in ctx.lx.triggers.candidates(target, "VERB")
            if t.predicate is Predicate.COERCED and t.specificity == 0
        ),
        None,
    )


def electoral_verdict(
    ctx: ArticleContext, para: Paragraph, verb: Any, trigger: Trigger
) -> Trigger | None:
    """The voters' sense of a sanctioning or coercing verb: "Turkish voters punished the AK
    party" is the electorate's verdict at the polls, disapproval (the entry of the verb that
    ``electoral_verdicts`` names: "criticize", CAMEO 111), no sanction only a state or a body
    can impose. Only with a subject of ``electoral_verdicts``; "the EU punished Russia" keeps
    the verb's own sense."""
    if trigger.pos != "VERB" or trigger.predicate not in _IMPOSED:
        return None
    cue = ctx.cues["electoral_verdicts"]
    if not any(c.dep_ == "nsubj" and c.lower_ in cue["subjects"] for c in para.children(verb)):
        return None
    return next(
        (
            t
            for t in ctx.lx.triggers.candidates(cue["verb"], "VERB")
            if t.predicate is Predicate.CRITICIZED and t.specificity == 0
        ),
        None,
    )


def _complements(para: Paragraph, verb: Any, preps: Any = None) -> Iterator[Any]:
    """The verb's direct object, adverbial noun and prepositional objects (of ``preps``
    only, when given)."""
    for child in para.children(verb):
        if child.dep_ in ("dobj", "npadvmod"):
            yield child
        elif child.dep_ == "prep" and (preps is None or child.lower_ in preps):
            yield from (p for p in para.children(child) if p.dep_ == "pobj")
