"""Attacks told by their author's phrase: "attacks blamed on Boko Haram killed 30 people in
Maiduguri", "in Taiz, shelling blamed on Houthi fighters killed ten people" -> the one blamed
attacked the victims or the place (hypothetical: an allegation is no finding; the attack itself
happened, so its date is read as a past one); "repeated attacks by the armed group Boko Haram
in Maiduguri", where the parser hangs the place on the author -> the author attacked the place.
Words: ``blamed_attacks`` of ``kg/data/en/cues.json``; attack nouns and verbs from the trigger
index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import interactions, places, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.killings import assault_words, kill_words
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import Predicate, Status


def cue_words(lx: Lexicon) -> list[str]:
    """The blame participles and the attack nouns (the stage's cue words)."""
    return [*lx.cues["blamed_attacks"]["blame_verbs"], *_attack_words(lx)[0]]


def _blame_words(lx: Lexicon) -> Iterable[str]:
    """The blame participles ("blamed")."""
    return lx.cues["blamed_attacks"]["blame_verbs"]  # type: ignore[no-any-return]


def blamed_attacks(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from an attack noun under a blame participle ("attacks blamed on X"),
    as subject of a verb of harm: X attacked the verb's victims and the place they were in."""
    words = ctx.cues["blamed_attacks"]
    blames = frozenset(words["blame_verbs"])
    preps = frozenset(words["blame_preps"])
    wheres = frozenset(words["place_preps"])
    nouns, verbs = ctx.prepared(_attack_words)
    harms = verbs | assault_words().harm_verbs
    yield from _authors_places(ctx, para, nouns, wheres)
    for i in para.hits(ctx.word_set(_blame_words)):  # (the blame verbs' tokens only)
        token = para.tokens[i]
        if token.lemma_.lower() not in blames or not (
            token.tag_ == "VBN" or token.dep_ == "acl"  # "raids attributed to X" read as VBD
        ):
            continue
        pobjs = prep_objects(token, preps)
        culprits = [
            e
            for p in pobjs
            for e in interactions.actors_of(ctx, para, p)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        noun = _attack_noun(para, token, nouns)
        if not culprits or noun is None:
            continue
        harm = _harm_verb(para, noun, pobjs, harms)
        if harm is None:
            continue  # "the bombing was blamed on X": no victim or place told
        victims = [c for c in para.children(harm) if c.dep_ == "dobj"]
        targets = [
            e
            for v in victims
            for e in interactions.actors_of(ctx, para, v)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in culprits
        ]
        where = [
            e
            for node in (harm, *victims, token, noun)
            for prep in para.children(node)
            if prep.dep_ == "prep" and prep.lower_ in wheres
            for p in para.children(prep)
            if p.dep_ == "pobj"
            and (e := places.named_place(ctx, para, p)) is not None
            and ctx.etype_in(e, PLACE_TYPES)
        ]
        targets += where
        if not targets:
            continue
        # the attack happened; only its author is alleged: dated as a past event
        date = qualifiers.date(ctx, para, harm, harm, Status.OCCURRED)
        yield from ctx.pair_drafts(
            para,
            noun,
            culprits,
            Predicate.ATTACKED,
            targets,
            status=Status.HYPOTHETICAL,
            date=date,
            place=where[0] if where else None,
            cameo="190",
        )


def _attack_words(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The attack nouns (trigger nouns of ``attacked``, killing nouns, weapons) and verbs."""
    attacks = [t for t in lx.triggers if t.predicate is Predicate.ATTACKED]
    words = kill_words()
    nouns = {t.lemma for t in attacks if t.pos == "NOUN"} | words.nouns | words.weapons
    verbs = {t.lemma for t in attacks if t.pos == "VERB"} | words.verbs
    return frozenset(nouns), frozenset(verbs)


def _attack_noun(para: Paragraph, blame: Any, nouns: frozenset[str]) -> Any | None:
    """The attack the participle blames: its head ("attacks blamed on X"), or the noun the
    parser made its passive subject or auxiliary ("shelling blamed on X killed ...")."""
    if blame.dep_ == "acl" and blame.head.lemma_.lower() in nouns:
        return blame.head
    for c in para.children(blame):
        if c.dep_ in ("nsubjpass", "auxpass", "nsubj") and c.lemma_.lower() in nouns:
            return c
    return None


def _harm_verb(para: Paragraph, noun: Any, pobjs: list[Any], harms: frozenset[str]) -> Any | None:
    """The verb of harm the attack is subject of; the parser may hang it on the blamed
    ("shelling blamed on Houthi fighters killed ten": "fighters killed" as a clause)."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in harms and noun.head.pos_ == "VERB":
        return noun.head
    for p in pobjs:
        for c in para.children(p):
            if (
                c.dep_ in ("acl", "relcl")
                and c.lemma_.lower() in harms
                and c.tag_ == "VBN"
                and any(v.dep_ == "dobj" for v in para.children(c))  # not "fighters killed in"
            ):
                return c
    return None


def _authors_places(
    ctx: ArticleContext, para: Paragraph, nouns: frozenset[str], wheres: frozenset[str]
) -> Iterator[Draft]:
    """ "attacks by the armed group Boko Haram in Maiduguri": the parser hangs "in Maiduguri"
    on the author (or its apposition) instead of the attack noun; the author attacked the
    place. An attack noun with a place of its own is the trigger rules' to read."""
    for noun in para.tokens:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        if any(c.dep_ == "prep" and c.lower_ in wheres for c in para.children(noun)):
            continue
        authors = prep_objects(noun, ("by",))
        doers = [
            e
            for a in authors
            for e in interactions.actors_of(ctx, para, a)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        if not doers:
            continue
        holders = [*authors, *(c for a in authors for c in para.children(a) if c.dep_ == "appos")]
        found = [
            e
            for h in holders
            for prep in para.children(h)
            if prep.dep_ == "prep" and prep.lower_ in wheres
            for p in para.children(prep)
            if p.dep_ == "pobj"
            for node in (p, *p.conjuncts)
            if (e := places.named_place(ctx, para, node)) is not None
            and ctx.etype_in(e, PLACE_TYPES)
            and e not in doers
        ]
        if not found:
            continue
        status = qualifiers.status(ctx, noun, noun)
        yield from ctx.pair_drafts(
            para,
            noun,
            doers,
            Predicate.ATTACKED,
            found,
            status=status,
            date=qualifiers.date(ctx, para, noun, noun, status),
            cameo="190",
        )
