"""Passives raised under a verb of belief or report: "the Houthis, believed to be backed by
Iran", "Hezbollah is widely thought to be funded by Iran", "a group said to have been armed
by Russia" -> the one after "by" does what the inner trigger verb says to the one the report
is about. Words are data (``raised_passives`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of belief and report (the stage's cues)."""
    verbs: list[str] = lx.cues["raised_passives"]["verbs"]
    return verbs


def raised_passives(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims of one paragraph's trigger verbs in a passive infinitive under a report verb."""
    verbs = ctx.cues["raised_passives"]["verbs"]
    for i in para.hits(ctx.word_set(cue_words)):
        report = para.tokens[i]
        if report.lemma_.lower() not in verbs or report.tag_ not in ("VBN", "VBD"):
            continue
        for inner in para.children(report):
            if inner.dep_ != "xcomp" or inner.tag_ != "VBN" or not _passive(para, inner):
                continue
            trigger = ctx.lx.triggers.match(inner)
            if trigger is None or trigger.pos != "VERB" or trigger.light is not None:
                continue
            doers = ctx.prep_actors(para, [inner], ("by",), deps=("agent",))
            done = [e for e in _reported_on(ctx, para, report) if e not in doers]
            done = [e for e in done if ctx.etype_in(e, ACTOR_TYPES)]
            if doers and done:
                yield from emit(ctx, para, inner, inner, trigger, doers, done, confidence=0.7)


def _passive(para: Paragraph, verb: Any) -> bool:
    """ "to be backed", "to have been armed": the infinitive is passive."""
    return any(c.dep_ == "auxpass" for c in para.children(verb))


def _reported_on(ctx: ArticleContext, para: Paragraph, report: Any) -> list[str]:
    """Who the report is about: the report verb's passive subject (through a relative
    pronoun to its noun), the noun a reduced relative hangs on ("the Houthis, believed to
    be ..."), or a subject the parser gave a report verb it read as active after a comma
    ("Hezbollah, believed to be funded by Iran, denied ...")."""
    kids = para.children(report)
    subjects = [c for c in kids if c.dep_ == "nsubjpass"]
    if subjects:
        relative = ctx.lx.words.relative_pronouns
        if report.dep_ == "relcl" and all(s.lower_ in relative for s in subjects):
            return ctx.antecedent(para, report.head)
        return [e for s in subjects for e in ctx.ents(para, s)]
    if report.tag_ == "VBN" and report.dep_ == "acl":
        return ctx.ents(para, report.head)
    if report.i < 2 or para.tokens[report.i - 1].lower_ != ",":
        return []
    if any(c.dep_ in ("dobj", "ccomp") for c in kids):
        return []  # an active report of its own ("X, said to be Y, told Z that")
    subjects = [c for c in kids if c.dep_ == "nsubj"]
    if subjects:
        return [e for s in subjects if s.i < report.i for e in ctx.ents(para, s)]
    if report.dep_ == "advcl":
        # "struck camps of the Houthis, believed to be ...": the parser hangs the reduced
        # relative on the main verb; it is about the name just before the comma
        named = para.tokens[report.i - 2]
        return ctx.ents(para, named) if named.pos_ == "PROPN" else []
    return []
