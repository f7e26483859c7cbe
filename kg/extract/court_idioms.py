"""Idioms of a verb, its object and a fixed noun after a preposition: "the families took the
government to court", "Greenpeace dragged Shell before a tribunal" (a lawsuit: criticized,
CAMEO 115), "the minister took the agency to task" (criticized, 111), "held the army to
account" (criticized, 112), "Egypt put Morsi on trial" (a trial: sanctioned, 173). The
lexicon's light-verb nouns cannot read them: the noun hangs on a transitive verb whose
object, not the noun's, is the target. The object must be an actor: "took the case to court"
names no one. Words are data (``court_idioms`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, passive_agents, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The idioms' nouns (the stage's cue words)."""
    for idiom in lx.cues["court_idioms"]["idioms"]:
        yield from idiom["nouns"]


def court_idioms(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every idiom claim of one paragraph."""
    idioms = ctx.cues["court_idioms"]["idioms"]
    for i in para.hits(ctx.word_set(cue_words)):
        noun = para.tokens[i]
        found = _frame(para, noun)
        if found is None or _sport_ground(para, noun):
            continue
        prep, verb = found
        idiom = next(
            (
                x
                for x in idioms
                if noun.lower_ in x["nouns"]
                and prep in x["preps"]
                and verb.lemma_.lower() in x["verbs"]
            ),
            None,
        )
        if idiom is None:
            continue
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in para.children(verb))
        targets = _targets(ctx, para, verb, passive)
        if not targets:
            continue
        doers = passive_agents(ctx, para, verb) if passive else subjects_of(ctx, para, verb)
        doers = [d for d in doers if d not in targets]
        if idiom.get("unarmed_doers"):
            # "Police took Mansour to court", "taken to court by the police": a force
            # escorts a detainee, it does not sue
            doers = [d for d in doers if not assaults.armed(ctx, d)]
        predicate = Predicate(idiom["predicate"])
        trigger = Trigger(verb.lemma_.lower(), "VERB", predicate, idiom["cameo"])
        yield from emit(ctx, para, verb, verb, trigger, doers, targets, confidence=0.8)


def _frame(para: Paragraph, noun: Any) -> tuple[str, Any] | None:
    """The preposition and the verb the noun hangs on: "took X [to] court", or "held X to
    account" that the parser reads as an infinitive ("account" a verb with its "to")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return head.lower_, head.head
    if noun.dep_ == "xcomp" and head.pos_ == "VERB":
        to = next((c for c in para.children(noun) if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is not None:
            return "to", head
    return None


def _targets(ctx: ArticleContext, para: Paragraph, verb: Any, passive: bool) -> list[str]:
    """The actors the verb takes to court: its object and the object's conjuncts ("took Shell
    and BP to court"), or its passive subject ("Shell was taken to court by X"; the noun a
    relative pronoun stands for: "the firm, which was taken to court")."""
    slot = "nsubjpass" if passive else "dobj"
    nodes = [c for c in para.children(verb) if c.dep_ == slot]
    if passive and verb.dep_ == "relcl":
        nodes = [verb.head if n.lower_ in ctx.lx.words.relative_pronouns else n for n in nodes]
    nodes += para.conj_kids(nodes)
    found = [e for n in nodes for e in actors_of(ctx, para, n)]
    return [e for e in dict.fromkeys(found) if ctx.etype_in(e, ACTOR_TYPES)]


def _sport_ground(para: Paragraph, noun: Any) -> bool:
    """ "took Federer to the centre court", "to the tennis court": a court named by a common
    noun in front of it is a ground, not a court of law ("the Supreme Court" is a name)."""
    return any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower for c in para.children(noun)
    )
