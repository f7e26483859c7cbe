"""Trials told with no one holding them: "In Iran, the trial of X has begun", "the retrial
of X and Y was adjourned". A trial is the state's act on its defendants (CAMEO 173): the
state of the country the clause places it in, else of the article's one country.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.cities import city_country as large_city_country
from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.event_coref import actor_country
from kg.extract.interactions import actors_of, emit
from kg.extract.places import city_country
from kg.extract.states import named_country
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

# the roles in which a trial noun has no holder of its own ("X held the trial": the trigger's)
_ROLES = frozenset({"nsubj", "nsubjpass", "pobj", "attr", "ROOT"})
_NOT_HELD = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


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
    main = ctx.main_country()
    home = main if main is not None and ctx.named_here(main.label) else None
    for para in paras:
        for i in para.hits(nouns):
            token = para.tokens[i]
            if token.tag_ != "NN" or token.dep_ not in _ROLES:
                continue  # "Trials of police, while rare, ...": trials in general
            if any(c.dep_ == "poss" for c in para.children(token)):
                continue  # "Iran's trial of X": the trigger's own owner
            trigger = ctx.lx.triggers.match(token)
            if trigger is None or trigger.predicate is not Predicate.COERCED:
                continue
            targets = [
                e
                for prep in para.children(token)
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in para.children(prep)
                if p.dep_ == "pobj"
                for e in actors_of(ctx, para, p)
                if not ctx.etype_in(e, _NOT_HELD)
            ]
            if not targets:
                continue
            state = _state_of_place(ctx, para, token)
            if state is None and home is not None and not _other_country(ctx, para, token, home):
                state = home.label
                targets = [t for t in targets if actor_country(ctx, t) in (None, home.iso)]
            targets = [t for t in dict.fromkeys(targets) if t != state]
            if state is None or not targets:
                continue
            for draft in emit(ctx, para, token, token, trigger, [state], targets, confidence=0.5):
                if draft.status in (Status.OCCURRED, Status.PLANNED):
                    yield draft


def _state_of_place(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The country the trial is placed in: a place on the noun ("the retrial in Cairo of X")
    or on the verb it is the subject of ("In Iran, the trial of X has begun"), itself a
    country or a town whose country the article or the data gives."""
    nodes = [noun]
    if noun.dep_ in ("nsubj", "nsubjpass"):
        nodes.append(noun.head)
    for node in nodes:
        where = qualifiers.place(ctx, para, [node], set())
        if where is None:
            continue
        if ctx.etype_is(where, EntityType.COUNTRY):
            return where
        return city_country(ctx, where) or named_country(
            ctx, large_city_country(where, other_names=False)
        )
    return None


def _other_country(ctx: ArticleContext, para: Paragraph, token: Any, home: Any) -> bool:
    """The sentence names a country other than the article's own."""
    start, end = para.sent_start(token), para.sent_end(token)
    return any(
        label != home.label and ctx.etype_is(label, EntityType.COUNTRY)
        for i, label in para.links.items()
        if start <= i < end
    )
