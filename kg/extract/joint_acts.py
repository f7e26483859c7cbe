"""Joint acts: "Nigeria and Chad launched a joint military operation against Boko Haram",
"Egypt and Greece held joint naval exercises", "Russia and China held naval drills" -> the
coordinated doers cooperated_with each other (PLOVER COOPERATE, CAMEO 062), beside whatever
the act itself is; so do a doer and the partner after "with" ("Kenya launched joint operations
with Somalia"). Only acts of force: "a joint statement" is words, not material cooperation.
Coordinated sides that agree ("Peru and Ecuador agreed to ...") agreed_with each other (030).
Words: ``joint_acts`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.companions import joint_partners
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import light_verb
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_MILITARY = "062"  # CAMEO: engage in military cooperation
_INTENT = "030"  # CAMEO: express intent to cooperate


def joint_acts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """cooperated_with claims between the coordinated subjects of a verb whose object is an
    act of force its modifier calls joint."""
    words = ctx.cues["joint_acts"]
    modifiers = frozenset(words["modifiers"])
    acts = frozenset(words["nouns"])
    exercises = frozenset(words["exercise_nouns"])
    compounds: dict[str, str] = dict(words["exercise_compounds"])
    agree_verbs = frozenset(words["agree_verbs"])
    for i, lemma in enumerate(para.lemmas):
        if lemma in agree_verbs and para.poses[i] == "VERB":
            yield from _agreements(ctx, para, para.tokens[i])
            continue
        if lemma not in acts and lemma not in exercises and lemma not in compounds:
            continue
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
            continue
        kids = para.children(noun)
        joint = any(c.dep_ == "amod" and c.lower_ in modifiers for c in kids)
        # "held naval drills", "launched ten days of war games": exercises held by two
        # sides together are joint without the word
        drill = lemma in exercises or any(
            c.dep_ == "compound" and c.lower_ == compounds.get(lemma) for c in kids
        )
        if not (joint and lemma in acts) and not drill:
            continue
        verb = light_verb(noun)
        if verb.pos_ != "VERB" or (noun.dep_ == "pobj" and verb is noun.head.head):
            continue  # a "pobj" only through a measure ("ten days of"), not "on exercises"
        parties = _parties(ctx, para, verb)
        if joint:
            # "Kenya launched joint operations with Somalia": the "with" names a partner
            parties += [p for p in joint_partners(ctx, para, noun, verb) if p not in parties]
        if len(parties) < 2:
            continue
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, noun, status)
        span = ctx.sentence_span(para, noun)
        for n, a in enumerate(parties):
            for b in parties[n + 1 :]:
                subject, obj = (a, b) if a < b else (b, a)
                yield Draft(
                    subject,
                    Predicate.COOPERATED_WITH,
                    obj,
                    status,
                    date,
                    None,
                    None,
                    _MILITARY,
                    span,
                    0.75,
                )


def _agreements(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "Hungarian and Romanian officials agreed that their countries should cooperate",
    "Peru and Ecuador agreed to ...": coordinated sides that agree agree with each other
    (CAMEO 030; "agreed with X" is the trigger lexicon's)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in para.children(verb)):
        return
    sides = [t for s in para.children(verb) if s.dep_ == "nsubj" for t in (s, *s.conjuncts)]
    if any(c.dep_ == "poss" for t in sides for c in para.children(t)):
        return  # "Kagame and his party must agree to changes": one side, agreeing to others
    parties = _parties(ctx, para, verb)
    if len(parties) < 2:
        return
    span = ctx.sentence_span(para, verb)
    # "Pakistan and India agreed to hold talks": what they agreed on already relates them
    made = {frozenset((c.subject, c.object)) for c in ctx.claims if c.sentence == span}
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    for n, a in enumerate(parties):
        for b in parties[n + 1 :]:
            if frozenset((a, b)) in made:
                continue
            subject, obj = (a, b) if a < b else (b, a)
            yield Draft(
                subject, Predicate.AGREED_WITH, obj, status, date, None, None, _INTENT, span, 0.7
            )


def _parties(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors the verb's subject coordinates ("Nigeria and Chad"), each named once."""
    found: list[str] = []
    for subject in (c for c in para.children(verb) if c.dep_ == "nsubj"):
        for token in (subject, *subject.conjuncts):
            found += [e for e in ctx.ents(para, token) if ctx.etype_in(e, ACTOR_TYPES)]
        # "French and Egyptian warships": the coordinated demonyms name the sides
        demonyms = [c for c in para.children(subject) if c.dep_ == "amod"]
        if len(found) < 2 and demonyms and demonyms[0].conjuncts:
            found = [
                e
                for d in (demonyms[0], *demonyms[0].conjuncts)
                for e in ctx.ents(para, d, adjectives=True)
                if ctx.etype_in(e, ACTOR_TYPES)
            ]
    return list(dict.fromkeys(found))
