"""Objections: an objection with no object of its own, set against a main clause that tells an
actor's act ("the Commission unveiled plans to share the burden, although some countries such
as Britain are opposed", "... but Hungary objects") -> the objector criticized the act's doer
(CAMEO 111). Words: ``objections`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The words of objecting (the stage's cue words)."""
    yield from lx.cues["objections"]["adjectives"]
    yield from lx.cues["objections"]["verbs"]


def objections(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from an objector to the doer of the act its clause is set against."""
    words = ctx.cues["objections"]
    for i in para.hits(ctx.word_set(cue_words)):
        word = para.tokens[i]
        clause = _clause(word, words)
        if clause is None or any(c.dep_ in ("prep", "dobj", "neg") for c in word.children):
            continue  # ("opposed to X": the trigger rules'; "is not opposed": none)
        main = clause.head
        if not _set_against(clause, words) or not _act_told(ctx, main, words):
            continue
        doers = [e for e in subjects_of(ctx, para, main) if ctx.etype_in(e, ACTOR_TYPES)]
        objectors = [
            e
            for s in clause.children
            if s.dep_ == "nsubj"
            for e in actors_of(ctx, para, s)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in doers
        ]
        if doers and objectors:
            trigger = Trigger(word.lemma_.lower(), word.pos_, Predicate.CRITICIZED, "111")
            yield from emit(ctx, para, clause, clause, trigger, objectors, doers, confidence=0.6)


def _clause(word: Any, words: dict[str, Any]) -> Any | None:
    """The clause the objection is: "are opposed" (the copula), "objects" (the verb)."""
    if word.lower_ in words["adjectives"] and word.dep_ == "acomp":
        return word.head
    if word.pos_ == "VERB" and word.lemma_.lower() in words["verbs"]:
        return word
    return None


def _set_against(clause: Any, words: dict[str, Any]) -> bool:
    """ "although X are opposed" (an adverbial clause with its mark), "but X objects" (a
    conjunct with its "but")."""
    if clause.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in words["marks"] for c in clause.children)
    if clause.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ in words["marks"] for c in clause.head.children)
    return False


def _act_told(ctx: ArticleContext, main: Any, words: dict[str, Any]) -> bool:
    """The main clause tells an act one objects to: a verb of proposing or deciding."""
    lemma = main.lemma_.lower()
    return main.pos_ == "VERB" and (
        lemma in words["acts"] or lemma in ctx.cues["act_antecedents"]["decision_verbs"]
    )
