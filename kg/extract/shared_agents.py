"""Coordinated passives that share one "by" phrase: "the rebels are trained and armed by the
CIA", "the militias are armed and trained by Iran" -> the one after "by" does what each
participle says to the passive subject. The parser hangs the agent on the last participle
only and, where it reads the first as an adjective ("are armed"), gives the last no subject;
the per-trigger reading then finds nobody for one of them. Words are data
(``shared_agents`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The agent prepositions (the stage's cues)."""
    preps: list[str] = lx.cues["shared_agents"]["preps"]
    return preps


def shared_agents(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims of one paragraph's coordinated passive participles with one agent."""
    preps = tuple(ctx.cues["shared_agents"]["preps"])
    for i in para.hits(ctx.word_set(cue_words)):
        agent = para.tokens[i]
        last = agent.head
        if agent.dep_ != "agent" or last.tag_ != "VBN" or last.dep_ != "conj":
            continue
        first = last.head
        for _ in range(4):
            if first.dep_ != "conj":
                break
            first = first.head  # "funded, trained and equipped by": up the chain
        if first.tag_ not in ("VBN", "JJ") or first.dep_ == "conj":
            continue
        done = [e for e in _passive_subjects(ctx, para, first) if ctx.etype_in(e, ACTOR_TYPES)]
        doers = ctx.prep_actors(para, [last], preps, deps=("agent",))
        done = [e for e in done if e not in doers]
        if not doers or not done:
            continue
        for verb in _conjuncts(para, first):
            if verb.tag_ != "VBN":
                continue  # an adjective is no trigger of the verb's entry
            if verb != last and any(c.dep_ == "agent" for c in para.children(verb)):
                continue  # a participle with an agent of its own
            if verb == last and any(c.dep_ == "nsubjpass" for c in para.children(verb)):
                continue  # the per-trigger reading has the whole clause
            trigger = ctx.lx.triggers.match(verb)
            if trigger is None or trigger.pos != "VERB" or trigger.light is not None:
                continue
            if trigger.prep is not None or trigger.particle is not None:
                continue
            yield from emit(ctx, para, verb, verb, trigger, doers, done, confidence=0.7)


def _conjuncts(para: Paragraph, first: Any) -> list[Any]:
    """The first participle and the ones coordinated with it."""
    found, todo = [first], [first]
    while todo:
        node = todo.pop()
        for c in para.children(node):
            if c.dep_ == "conj":
                found.append(c)
                todo.append(c)
    return found


def _passive_subjects(ctx: ArticleContext, para: Paragraph, first: Any) -> list[str]:
    """Who undergoes: the first participle's passive subject, or the subject of the "be" an
    adjective participle completes ("the militias are armed and trained by Iran"); through a
    relative pronoun to its noun, through "many of" to the noun after it."""
    subjects = [c for c in para.children(first) if c.dep_ == "nsubjpass"]
    clause = first
    if not subjects and first.dep_ == "acomp":
        clause = first.head
        subjects = [c for c in para.children(clause) if c.dep_ == "nsubj"]
    relative = ctx.lx.words.relative_pronouns
    if subjects and clause.dep_ == "relcl" and all(s.lower_ in relative for s in subjects):
        return ctx.antecedent(para, clause.head)
    found: list[str] = []
    for s in subjects:
        owned = actors_of(ctx, para, s)
        if not owned:
            # "many of the groups": the partitive stands for the noun after "of"
            owned = [
                e
                for p in para.children(s)
                if p.dep_ == "prep" and p.lower_ in ctx.cues["shared_agents"]["partitive_preps"]
                for o in para.children(p)
                if o.dep_ == "pobj"
                for e in actors_of(ctx, para, o)
            ]
        found.extend(owned)
    return found
