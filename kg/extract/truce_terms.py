"""Truce terms set: "Saudi Arabia warned that the truce depended on the Houthis abiding by the
deal", "Israel says the ceasefire will be extended if Hamas stops firing rockets" -> the one
who says on what a truce depends threatened the side it must bind (PLOVER THREATEN, CAMEO
130: the truce ends unless that side complies). The words are data (``truce_terms`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_CAMEO = "130"  # CAMEO "threaten, not specified below"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The truce nouns (the stage's cues)."""
    nouns: list[str] = lx.cues["truce_terms"]["nouns"]
    return nouns


def truce_terms(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims from the speaker of a truce's terms to the side they bind."""
    words = ctx.cues["truce_terms"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.dep_ not in ("nsubj", "nsubjpass") or noun.lemma_.lower() not in words["nouns"]:
            continue
        clause = noun.head
        said = clause.head
        if clause.dep_ != "ccomp" or said.lemma_.lower() not in words["speech_verbs"]:
            continue
        speakers = subjects_of(ctx, para, said)
        bound = [
            e
            for t in _conditions(para, clause, words)
            for e in ctx.ents(para, t)
            if e not in speakers and ctx.etype_in(e, ACTOR_TYPES)
        ]
        if not speakers or not bound:
            continue
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.THREATENED, _CAMEO)
        yield from emit(ctx, para, said, said, trigger, speakers, bound, confidence=0.6)


def _conditions(para: Paragraph, clause: Any, words: dict[str, Any]) -> list[Any]:
    """The sides the truce's clause makes it depend on: the object of "depends on" ("on the
    Houthis abiding by the deal"), or the subject of an "if"/"unless" clause on a verb of its
    lasting ("will be extended if Hamas stops firing")."""
    found: list[Any] = []
    if clause.lemma_.lower() in words["depend_verbs"]:
        found += [
            p
            for prep in para.children(clause)
            if prep.dep_ == "prep" and prep.lower_ == "on"
            for p in para.children(prep)
            if p.dep_ == "pobj"
        ]
    if clause.lemma_.lower() not in words["lasting_verbs"]:
        return found  # "would collapse if Egypt withdrew its mediators": no term set for Egypt
    for advcl in para.children(clause):
        if advcl.dep_ != "advcl":
            continue
        marks = {c.lower_ for c in para.children(advcl) if c.dep_ == "mark"}
        if marks & set(words["conditions"]):
            found += [c for c in para.children(advcl) if c.dep_ == "nsubj"]
    return found
