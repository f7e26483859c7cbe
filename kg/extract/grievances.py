"""Grievances: a speaker who says, implies or alleges that an actor acts against the speaker
("Blatter implied that the US timed the probe to scupper his re-election bid", "claimed the US
was plotting to oust him") accuses that actor -> criticized (CAMEO 112). Words: ``grievances`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The pronouns that stand for the speaker (the stage's cue words)."""
    yield from lx.cues["grievances"]["pronouns"]


def grievances(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a speaker to the actor the speaker says acts against them."""
    words = ctx.cues["grievances"]
    hostile = {Predicate(p) for p in words["hostile"]}
    act_nouns = ctx.cues["evaluations"]["act_nouns"]
    for i in para.hits(ctx.word_set(cue_words)):
        pronoun = para.tokens[i]
        if pronoun.dep_ == "dobj":
            verb = pronoun.head
        elif pronoun.dep_ == "poss" and pronoun.head.dep_ == "dobj":
            # "scupper his re-election bid": an act of the speaker's undone (the parser may
            # hang "his" on "re" of "re-election", a second object beside "bid")
            verb = pronoun.head.head
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            if not any(o.lemma_.lower() in act_nouns for o in objects):
                continue
        else:
            continue
        trigger = ctx.lx.triggers.match(verb) if verb.pos_ == "VERB" else None
        if trigger is None or trigger.predicate not in hostile:
            continue
        report = _report(ctx, verb, words)
        if report is None:
            continue
        speakers = [s for s in subjects_of(ctx, para, report) if ctx.etype_in(s, ACTOR_TYPES)]
        doers = [d for d in subjects_of(ctx, para, verb) if d not in speakers]
        if not speakers or not doers or not _speaker_pronoun(ctx, para, pronoun, speakers):
            continue
        accuse = Trigger(report.lemma_.lower(), report.pos_, Predicate.CRITICIZED, "112")
        yield from emit(ctx, para, report, report, accuse, speakers, doers, confidence=0.6)


def _speaker_pronoun(
    ctx: ArticleContext, para: Paragraph, pronoun: Any, speakers: list[str]
) -> bool:
    """Whether the pronoun stands for the speaker: the one it is linked to, else a singular
    "him"/"his"/"her" said by one person ("them" with no link may be anyone: "said fighters
    ambushed them")."""
    linked = para.links.get(pronoun.i)
    if linked is not None:
        return linked in speakers
    return pronoun.lower_ in ctx.cues["grievances"]["singular"] and all(
        ctx.etype_is(s, EntityType.PERSON) for s in speakers
    )


def _report(ctx: ArticleContext, verb: Any, words: dict[str, Any]) -> Any | None:
    """The verb of saying or implying whose "that" clause holds the act (through the act's
    own infinitives and purposes: "timed the probe to try to scupper ..."), or None."""
    node = verb
    for _ in range(5):
        if node.dep_ not in ("xcomp", "advcl", "ccomp", "conj"):
            return None
        head = node.head
        if node.dep_ == "ccomp":
            lemma = head.lemma_.lower()
            said = lemma in ctx.cues["speech_verbs"] or lemma in words["reporting"]
            return head if said else None
        node = head
    return None
