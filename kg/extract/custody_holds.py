"""Custody told with "hold" or "keep" and the place of custody: "Iran is holding Jason Rezaian
in Evin prison", "Egypt holds 12 journalists in its prisons", "the journalist was held in
custody by Azerbaijani police" -> the holder sanctioned the one held (CAMEO 173, detention,
exported as ``sanctioned``). Only a place of custody after "in" makes the verb a detention
("held talks in Cairo", "held Merkel in high regard", "kept Chelsea in the title race" make
none); hostages held in captivity are an abduction, read elsewhere. Only a state holds in
custody: a country, a state body or force of ``state_sectors`` (government, police, army,
court), or a person of no other sector; an armed group's captives ("Hezbollah has held the two
soldiers in a cell") are no detention (mend54b). Words are data (``custody_holds`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate

# CAMEO 173: arrest, detain or charge with legal action (a detention; exported as sanctioned)
DETENTION = "173"
HELD_TYPES = frozenset({EntityType.PERSON, EntityType.GROUP, EntityType.ORGANIZATION})


def cue_words(lx: Lexicon) -> list[str]:
    """The holding verbs' lemmas, the words this stage starts from."""
    words: list[str] = lx.cues["custody_holds"]["verbs"]
    return words


def custody_holds(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """sanctioned claims from the holder of someone held in a place of custody."""
    places = frozenset(ctx.cues["custody_holds"]["places"])
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        if verb.pos_ != "VERB":
            continue
        kids = para.children(verb)
        passive = any(k.dep_ == "auxpass" for k in kids)
        held_nouns = [k for k in kids if k.dep_ == ("nsubjpass" if passive else "dobj")]
        held_nouns += para.conj_kids(held_nouns)
        if not held_nouns or not _in_custody(para, [verb, *held_nouns], places):
            continue
        if passive:
            holders = [
                e
                for agent in _agents(para, verb)
                for p in para.children(agent)
                if p.dep_ == "pobj"
                for e in actors_of(ctx, para, p)
            ]
        else:
            holders = subjects_of(ctx, para, verb)
        holders = [h for h in holders if _state_holder(ctx, h)]
        held = [
            e
            for n in held_nouns
            for e in actors_of(ctx, para, n)
            if ctx.etype_in(e, HELD_TYPES) and e not in holders
        ]
        if not holders or not held:
            continue
        trigger = _trigger(verb)
        yield from emit(ctx, para, verb, verb, trigger, holders, held, confidence=0.7)


def _state_holder(ctx: ArticleContext, label: str) -> bool:
    """Whether the holder is a state's: a country, a body or force of a state sector
    (government, police, army, court), or a person of no other sector ("Maduro keeps Lopez in
    jail"); an armed group ("Islamic State", "al-Shabab") or another body is not."""
    if ctx.etype_is(label, EntityType.COUNTRY):
        return True
    code = assaults.sector(ctx, label)
    if code is not None:
        return code in ctx.cues["state_sectors"]["codes"]
    return ctx.etype_is(label, EntityType.PERSON)


def _in_custody(para: Paragraph, heads: list[Any], places: frozenset[str]) -> bool:
    """Whether an "in" phrase on the verb or on the one held names a place of custody ("in
    Evin prison", "in its prisons", "in police custody"; the parser may hang it on the
    noun held)."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and any(p.dep_ == "pobj" and p.lemma_.lower() in places for p in para.children(prep))
        for head in heads
        for prep in para.children(head)
    )


def _agents(para: Paragraph, verb: Any) -> list[Any]:
    """The "by" phrases of a passive holding: its agent, or a "by" the parser hangs on the
    verb or on the place of custody ("was held in custody by Iranian police")."""
    found = [k for k in para.children(verb) if k.dep_ == "agent"]
    for prep in para.children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "by":
            found.append(prep)
        if prep.dep_ == "prep" and prep.lower_ == "in":
            found += [
                by
                for p in para.children(prep)
                if p.dep_ == "pobj"
                for by in para.children(p)
                if by.dep_ == "prep" and by.lower_ == "by"
            ]
    return found


def detention(ctx: ArticleContext, para: Paragraph, verb: Any) -> Trigger | None:
    """The detention a holding verb tells with a place of custody on it ("has been held in
    Evin prison since July", for ``kg/extract/custody_passives.py``), else None."""
    words = ctx.cues["custody_holds"]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["verbs"]:
        return None
    if not _in_custody(para, [verb], frozenset(words["places"])):
        return None
    return _trigger(verb)


def _trigger(verb: Any) -> Trigger:
    """A holding read as a detention (CAMEO 173)."""
    return Trigger(verb.lemma_.lower(), "VERB", Predicate.COERCED, DETENTION)
