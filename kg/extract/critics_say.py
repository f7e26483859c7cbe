"""What critics say: "Critics said his re-election bid violated the constitution", "his
opponents say he has failed" -> the critics criticised whom the clause is about (PLOVER
ACCUSE, CAMEO 111). People named by their stance against someone speak against them. The
words are data (``critics_say`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of
from kg.lexicon import Lexicon
from kg.resolve.people import clause_doers, critic_clause
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_CAMEO = "111"  # CAMEO "criticize or denounce"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The critic nouns, singular and plural ("critics", "opponents": the stage's cues)."""
    nouns: list[str] = lx.cues["critics_say"]["nouns"]
    return [*nouns, *(f"{n}s" for n in nouns)]


def critics_say(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from critics' speech about an actor."""
    words = ctx.cues["critics_say"]
    for i in para.hits(ctx.word_set(cue_words)):
        critic = para.tokens[i]
        clause = critic_clause(critic, words)
        if clause is None:
            continue  # "critics warned of delays": no one spoken about
        verb = critic.head
        speakers = [e for e in actors_of(ctx, para, critic) if ctx.etype_in(e, ACTOR_TYPES)]
        if not speakers:
            continue
        targets = _opposed(ctx, para, critic) or _spoken_about(ctx, para, clause)
        status = qualifiers.status(ctx, verb, verb)
        for speaker in dict.fromkeys(speakers):
            for target in dict.fromkeys(targets):
                if target == speaker:
                    continue
                draft = ctx.draft(para, verb, speaker, Predicate.CRITICIZED, target, 0.6)
                yield replace(draft, status=status, cameo=_CAMEO)


def _actors(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors a noun stands for, else those of its owner ("his re-election bid"); an act
    is only its written owner's ("critics of the proposal" is no one's)."""
    if noun.lemma_.lower() not in ctx.cues["contested_acts"]:
        found = [e for e in actors_of(ctx, para, noun) if ctx.etype_in(e, ACTOR_TYPES)]
        if found:
            return found
    return [
        e
        for c in para.children(noun)
        if c.dep_ == "poss"
        for e in actors_of(ctx, para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]


def _opposed(ctx: ArticleContext, para: Paragraph, critic: Any) -> list[str]:
    """Whom the critics are against by their own phrase: "critics of X", "X's opponents"."""
    found = [
        e
        for c in para.children(critic)
        if c.dep_ == "poss"
        for e in actors_of(ctx, para, c)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    for prep in para.children(critic):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [o for o in para.children(prep) if o.dep_ == "pobj"]
            found += [e for o in objects for e in _actors(ctx, para, o)]
    return found


def _spoken_about(ctx: ArticleContext, para: Paragraph, clause: Any) -> list[str]:
    """The subject of the clause the critics say, or its owner ("said his bid violated");
    in the passive, the one after "by" ("said civilians were killed by the army": the
    subject is the victim), else no one."""
    return [
        e
        for s in clause_doers(clause)
        for n in para.with_conjuncts(s)
        for e in _actors(ctx, para, n)
    ]
