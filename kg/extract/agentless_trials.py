"""Trials told with no one holding them ("In Iran, the trial of X has begun") -> drafts of the
state's sanction of the defendants (CAMEO 173): the state of the country the clause places it
in, else of the article's one country. Words: ``agentless_trials`` of cues.json."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.home_state import NOT_HELD, home_country, home_state, state_of_place
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon
from kg.vocab import Predicate, Status

# the roles in which a trial noun has no holder of its own ("X held the trial": the trigger's)
_ROLES = frozenset({"nsubj", "nsubjpass", "pobj", "attr", "ROOT"})


def trial_nouns(lx: Lexicon) -> list[str]:
    """The trial nouns (``agentless_trials.nouns`` of cues.json)."""
    words: list[str] = lx.cues["agentless_trials"]["nouns"]
    return words


def agentless_trials(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield the state's sanction of the named defendants after "of" of each singular trial
    noun that no one holds (no possessive, not a verb's object), occurred or planned: the
    state of the country the noun or its clause is placed in ("In Iran, the trial of X has
    begun", "the retrial in Cairo of X"), else of the article's one country for defendants
    of no other known country, in a sentence that names no other country."""
    nouns = ctx.word_set(trial_nouns)
    judging = frozenset(ctx.cues["agentless_trials"]["judging_verbs"])
    home = home_country(ctx)
    for para in paras:
        for i in para.hits(nouns):
            token = para.tokens[i]
            if token.tag_ != "NN":
                continue  # "Trials of police, while rare, ...": trials in general
            if token.dep_ not in _ROLES and not _judged(token, judging):
                continue  # "the court adjourned the trial of X": the holder's own act
            if any(c.dep_ == "poss" for c in para.children(token)):
                continue  # "Iran's trial of X": the trigger's own owner
            trigger = ctx.lx.triggers.match(token)
            if trigger is None or trigger.predicate is not Predicate.COERCED:
                continue
            targets = [
                e
                for p in _defendants(para, token)
                for e in actors_of(ctx, para, p)
                if not ctx.etype_in(e, NOT_HELD)
            ]
            if not targets:
                continue
            # the place on the noun ("the retrial in Cairo of X"), on the verb it is the
            # subject of ("In Iran, the trial of X has begun"), or on its defendant ("the
            # trial of X in Iran")
            nodes = [token, token.head] if token.dep_ in ("nsubj", "nsubjpass") else [token]
            nodes += _defendants(para, token)
            state = state_of_place(ctx, para, nodes)
            if state is None:
                state, targets = home_state(ctx, para, token, home, targets)
            targets = [t for t in dict.fromkeys(targets) if t != state]
            if state is None or not targets:
                continue
            for draft in emit(ctx, para, token, token, trigger, [state], targets, confidence=0.5):
                if draft.status in (Status.OCCURRED, Status.PLANNED):
                    yield draft


def _defendants(para: Paragraph, noun: Any) -> list[Any]:
    """The nouns after the trial noun's "of"."""
    return [
        p
        for prep in para.children(noun)
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in para.children(prep)
        if p.dep_ == "pobj"
    ]


def _judged(noun: Any, judging: frozenset[str]) -> bool:
    """The trial noun is the object of a verb that judges or watches a trial rather than
    holds it ("rights groups condemned the trial of X", "diplomats attended the trial")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in judging
