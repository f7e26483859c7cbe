"""Terror designations: "the US designated Hezbollah a terrorist organisation", "Boko Haram,
designated by the US as a 'terrorist' organisation", "the EU lists Hamas as a terrorist group"
-> the designating state sanctioned the designated group (CAMEO 163, PLOVER SANCTION). Only a
label with a terror word counts ("were listed as missing" designates no one); calling someone a
terrorist stays a verdict (``kg/extract/verdicts.py``). Words are data (``terror_designations``
in ``kg/data/en/cues.json``); ``stances`` starts this rule from its verbs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, passive_agents, subjects_of
from kg.extract.verdicts import stance_trigger, word_in
from kg.vocab import Predicate

_CAMEO = "163"  # CAMEO "impose embargo, boycott, or sanctions", as the "blacklist" trigger

# where a designating verb's label stands: "designated X a terrorist group" (a second object,
# or the parser's apposition on the first), "declared X a terrorist organisation" (oprd)
_LABEL_DEPS = ("dobj", "oprd", "attr", "xcomp")


def designation(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """sanctioned claims from a designating verb whose label is a terror word's phrase."""
    words = ctx.cues["terror_designations"]
    labels = set(words["labels"])
    passive = verb.tag_ == "VBN" and (
        verb.dep_ in ("acl", "relcl")
        or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    )
    named = _named_ones(verb, passive)
    label = [
        n
        for n in _label_nouns(verb)
        if n not in named and any(word_in(t, labels) for t in n.subtree)
    ]
    if not named or not label:
        return
    targets = [e for n in named for e in actors_of(ctx, para, n)]
    designators = passive_agents(ctx, para, verb) if passive else subjects_of(ctx, para, verb)
    designators = [d for d in designators if d not in targets]
    trigger = stance_trigger(verb, Predicate.SANCTIONED, _CAMEO)
    yield from emit(ctx, para, verb, verb, trigger, designators, targets, confidence=0.8)


def _named_ones(verb: Any, passive: bool) -> list[Any]:
    """Who is designated: the passive's subject, or the noun its participle hangs on ("Boko
    Haram, designated by ..."); in the active, the first object ("designated Hezbollah a ...")."""
    if passive:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return subjects or ([verb.head] if verb.dep_ in ("acl", "relcl") else [])
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return objects[:1]


def _label_nouns(verb: Any) -> list[Any]:
    """The label's nouns: the verb's complements, an apposition on its object, and the object
    of its "as" ("lists Hamas as a terrorist group")."""
    kids = list(verb.children)
    found = [c for c in kids if c.dep_ in _LABEL_DEPS]
    found += [a for c in kids if c.dep_ == "dobj" for a in c.children if a.dep_ == "appos"]
    found += [
        p
        for c in kids
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    return found
