"""Demands whose target is the subject of a clause: "X demanded that Y cancel ...", "X
ordered Y to appear", "X reiterated its demand that Y ease ...", "X said Y must return ..."
-> requested (CAMEO 100, PLOVER REQUEST); and allegations aimed the same way: "X charged that
Y had used chemical weapons" -> criticized (CAMEO 112, PLOVER ACCUSE). Word lists are data
(``kg/data/en/demands.json``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, clause_subjects, cue_words
from kg.extract.interactions import issuers
from kg.language import data_file, reading_language
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_ADDRESSEES = frozenset({EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON})


@dataclass(frozen=True, slots=True)
class DemandWords:
    """The word lists of ``kg/data/en/demands.json``."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    obligation: frozenset[str]
    speech: frozenset[str]
    noun_read_verbs: frozenset[str]
    patient_acts: frozenset[str]
    allegation_verbs: dict[str, str]


def demand_words() -> DemandWords:
    """The demand word lists of the language being read."""
    return _demand_words(reading_language())


@cache
def _demand_words(language: str) -> DemandWords:
    data = json.loads(data_file("demands.json", language).read_text("utf-8"))
    return cue_words(DemandWords, data)


def demand_cue_words(lx: Lexicon) -> Iterator[str]:
    """The words of the demand tables (verbs, nouns, speech and allegation verbs): the stage's
    cue words and the tokens its rules start from."""
    words = demand_words()
    for table in (words.verbs, words.nouns, words.speech, words.allegation_verbs):
        yield from table


def demands(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """requested claims from demand verbs and nouns with a clause, and "must" in speech."""
    words = demand_words()
    lemmas, poses = para.lemmas, para.poses
    # every rule below starts from a word of its tables: only those tokens visited (perf60)
    for i in para.hits(ctx.word_set(demand_cue_words)):
        token, lemma, pos = para.tokens[i], lemmas[i], poses[i]
        if pos == "VERB" and lemma in words.verbs:
            targets = _clause_subjects(token) + _ordered(token) + _act_agents(token)
            sources = _subjects(token, frozenset(ctx.cues["statement_nouns"]))
            yield from _claims(ctx, para, token, sources, targets, words.verbs[lemma])
        elif pos == "NOUN" and lemma in words.nouns:
            owners = [c for c in token.children if c.dep_ == "poss" and c.i in para.links]
            if token.dep_ in ("dobj", "pobj") and not owners:  # "X reiterated its demand"
                owners = _subjects(token.head if token.dep_ == "dobj" else token.head.head)
            targets = _clause_subjects(token)
            yield from _claims(ctx, para, token, owners, targets, words.nouns[lemma])
        if pos == "VERB" and lemma in words.allegation_verbs:
            yield from _claims(
                ctx,
                para,
                token,
                _subjects(token),
                _alleged_doers(token),
                words.allegation_verbs[lemma],
                predicate=Predicate.CRITICIZED,
            )
        if pos == "VERB" and lemma in words.speech:
            targets = [
                s
                for clause in token.children
                if clause.dep_ == "ccomp" and _obliged(clause, words.obligation)
                for s in clause.children
                if s.dep_ == "nsubj"
            ]
            # a rule said to bind a social group ("refugees must pay $200") describes a
            # requirement; a demand is made of a state, a body or a person
            yield from _claims(ctx, para, token, _subjects(token), targets, "100", _ADDRESSEES)


def _claims(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    sources: list[Any],
    targets: list[Any],
    cameo: str,
    kinds: frozenset[EntityType] = ACTOR_TYPES,
    predicate: Predicate = Predicate.REQUESTED,
) -> Iterator[Draft]:
    subjects = [e for t in sources for e in ctx.ents(para, t) if ctx.etype_in(e, ACTOR_TYPES)]
    if not subjects and token.pos_ == "VERB":
        # "a statement from X demanded that Y ...": the statement's issuer
        subjects = issuers(ctx, para, token)
    objects = [
        e
        for t in targets
        for e in ctx.ents(para, t) or _partners(ctx, para, t)
        if ctx.etype_in(e, kinds)
    ]
    if not subjects or not objects:
        return
    status = qualifiers.status(ctx, token, token)
    date = qualifiers.date(ctx, para, token, token, status)
    for subject in dict.fromkeys(subjects):
        for obj in dict.fromkeys(objects):
            if subject != obj:
                draft = ctx.draft(para, token, subject, predicate, obj, 0.8)
                yield replace(draft, status=status, date=date, cameo=cameo)


def _partners(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """ "demanded that its EU partners refuse ...": unnamed partners or allies named by their
    body are that body (its members), not the owner ("its")."""
    if noun.lemma_.lower() not in ctx.cues["relational_nouns"]:
        return []
    return [
        e
        for c in noun.children
        if c.dep_ in ("compound", "nmod", "amod")
        for e in ctx.ents(para, c)
        if ctx.etype_is(e, EntityType.ORGANIZATION)
    ]


def _subjects(verb: Any, statements: frozenset[str] = frozenset()) -> list[Any]:
    """The verb's subject, or its conjunct head's ("X met Y and demanded that ..."), or the
    issuer of the statement it describes ("X issued a declaration demanding that ...")."""
    found = clause_subjects(verb)
    if (
        not found
        and verb.dep_ == "acl"
        and verb.head.lemma_.lower() in statements
        and verb.head.dep_ == "dobj"
    ):
        found = [c for c in verb.head.head.children if c.dep_ == "nsubj"]
    return found


def _clause_subjects(word: Any) -> list[Any]:
    """Subjects of the "that" clause a demand governs, when the clause is what must happen:
    a bare verb ("demanded that Y cancel") or "should"/"must"; "insisted that Israel would
    keep" asserts, it does not demand."""
    clauses = [*word.children, *_stray_clauses(word)]
    found = [
        s
        for clause in clauses
        if clause.dep_ in ("ccomp", "acl")
        and clause.pos_ in ("VERB", "AUX")
        and _mandative(clause, word.pos_ == "NOUN" or word.lemma_.lower() == "demand")
        for s in clause.children
        if s.dep_ in ("nsubj", "nsubjpass")
    ]
    # "demanded that President Y resign", read as the noun "Y resign": the name in front
    found += [
        s
        for clause in word.children
        if clause.dep_ in ("ccomp", "acl")
        and clause.pos_ == "NOUN"
        and clause.lemma_.lower() in demand_words().noun_read_verbs
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        for s in clause.children
        if s.dep_ in ("compound", "nsubj") and s.pos_ == "PROPN"
    ]
    return found


def _stray_clauses(noun: Any) -> list[Any]:
    """ "reiterated its demand today that Y ease ...": the model often hangs the noun's "that"
    clause on the verb whose object the noun is (after an adverb or an acronym in brackets);
    a "that" clause of that verb which begins after the noun is the noun's."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return []
    return [
        c
        for c in noun.head.children
        if c.dep_ == "ccomp"
        and c.i > noun.i
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > noun.i for m in c.children)
    ]


def _mandative(clause: Any, loose: bool = False) -> bool:
    """A bare verb, or one under "must"/"should": what the demand wants done. ``loose`` (a
    demand noun, or "demand" itself): also a past-tense tag on a form that is its own bare
    verb ("demanded that Greece cut pensions", "its demand that Kiev set a date": the model
    tags "cut", "set", "put" as past); not for verbs that also assert ("insisted that X cut")."""
    modals = [c.lower_ for c in clause.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals:
        return all(m in ("must", "should") for m in modals)
    if any(c.dep_ == "aux" for c in clause.children):
        return bool(clause.tag_ == "VB")
    return bool(
        clause.tag_ in ("VB", "VBP")
        or (loose and clause.tag_ == "VBD" and clause.lower_ == clause.lemma_.lower())
    )


def _ordered(verb: Any) -> list[Any]:
    """ "ordered Y to appear": the object of a demand verb with an infinitive."""
    if not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _act_agents(verb: Any) -> list[Any]:
    """ "demanded an apology from Japan", "demanded Israel's withdrawal", "demanded an
    admission by Moscow": who is to perform the act demanded (not the "of" phrase: "the
    release of prisoners" names whom it is done to)."""
    if verb.lemma_.lower() != "demand":  # "ordered the withdrawal of" orders its own side
        return []
    acts = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
    # "demanded her release": whose release it is undergoes it, and is not asked
    patients = demand_words().patient_acts
    found = [
        c for a in acts if a.lemma_.lower() not in patients for c in a.children if c.dep_ == "poss"
    ]
    found += [
        p
        for node in (*acts, verb)
        for prep in node.children
        if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return found


def _alleged_doers(verb: Any) -> list[Any]:
    """ "charged that Iraq had used chemical weapons", "alleged that the army killed ...": the
    active subject of the "that" clause is the one accused (not a passive's: "alleged that he
    had been beaten" names the victim; not a question: "charged whether ...")."""
    return [
        s
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and clause.pos_ in ("VERB", "AUX")
        and clause.i > verb.i
        and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children)
        for s in clause.children
        if s.dep_ == "nsubj"
    ]


def _obliged(clause: Any, obligation: frozenset[str]) -> bool:
    """A clause whose verb "must" happen ("has to" is left out: "Blatter has to manage the
    situation" describes a need more often than it makes a demand)."""
    return any(c.dep_ == "aux" and c.lower_ in obligation for c in clause.children)
