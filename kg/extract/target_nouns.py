"""Someone said to be the target of a hostile act: "the bar became a regular target of police
raids", "Al Jazeera was the target of attacks by Islamic State" -> the act's doer (the "by"
phrase or the modifier in front of the act noun) did the act to the subject of the copula, as
the act noun's trigger says (a police raid on people is a sanction: ``interactions``;
"the target of criticism by X" is X's criticism).

Only "be", "become" or "remain" with "target" as its attribute and a hostile act noun after
"of" (``target_nouns`` in ``kg/data/en/cues.json``); "the target of criticism" with no doer
written makes none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# the predicates of a hostile act someone can be the target of
_HOSTILE = frozenset(
    {
        Predicate.ATTACKED,
        Predicate.COERCED,
        Predicate.SANCTIONED,
        Predicate.THREATENED,
        Predicate.CRITICIZED,
    }
)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The target nouns (the stage's cue words)."""
    nouns: list[str] = lx.cues["target_nouns"]["nouns"]
    return nouns


def target_nouns(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims from the doer of a hostile act to the one the copula says is its target."""
    words = ctx.cues["target_nouns"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        if noun.pos_ != "NOUN" or noun.dep_ != "attr":
            continue
        verb = noun.head
        if verb.lemma_.lower() not in words["verbs"]:
            continue
        subjects = [k for k in para.children(verb) if k.dep_ == "nsubj"]
        targets = [e for s in subjects for e in actors_of(ctx, para, s)]
        if not targets:
            continue
        for act in _acts(para, noun):
            trigger = ctx.lx.triggers.match(act)
            if trigger is None or trigger.predicate not in _HOSTILE:
                continue
            doers = [e for e in _doers(ctx, para, act) if e not in targets]
            if doers:
                yield from emit(ctx, para, act, verb, trigger, doers, targets, confidence=0.6)


def _acts(para: Paragraph, noun: Any) -> list[Any]:
    """The act nouns after "of" on the target noun ("a target of police raids")."""
    return [
        p
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in para.children(prep)
        if p.dep_ == "pobj" and p.pos_ == "NOUN"
    ]


def _doers(ctx: ArticleContext, para: Paragraph, act: Any) -> list[str]:
    """Who does the act: a "by" phrase on it ("attacks by Islamic State"), else a modifier
    in front of it ("police raids", "Egyptian police raids", "Israel's air strikes")."""
    found = [
        e
        for prep in para.children(act)
        if prep.dep_ == "prep" and prep.lower_ == "by"
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for e in actors_of(ctx, para, p)
    ]
    if found:
        return found
    found = [
        e
        for mod in para.children(act)
        if mod.i < act.i and mod.dep_ in ("compound", "amod", "nmod", "poss")
        for e in ctx.ents(para, mod, adjectives=True)
    ]
    # "Egyptian police raids": the body does it, not the country its adjective names
    bodies = [e for e in found if not ctx.etype_is(e, EntityType.COUNTRY)]
    return bodies or found
