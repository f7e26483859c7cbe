"""Protests aimed at what their purpose names: "students staged demonstrations to demand
reforms by Suharto's government", "Kurds demonstrated calling for independence from Iraq",
"began a hunger strike to demand the resignation of X", "a hunger strike in protest of the
government's refusal", and a protest held in a country ("demonstrated in Serbia") ->
criticized (PLOVER PROTEST, CAMEO 14). A protest "against X" is the trigger lexicon's; this
module adds the targets that sit in a purpose clause or a place. Words: ``protests`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import (
    ArticleContext,
    Draft,
    Paragraph,
    clause_subjects,
    cue_words,
    prep_objects,
)
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate


@dataclass(frozen=True, slots=True)
class ProtestWords:
    """The word lists of ``kg/data/en/protests.json``."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    light_verbs: frozenset[str]
    strike_modifiers: dict[str, str]
    purpose_verbs: frozenset[str]
    crowd_heads: frozenset[str]
    block_verbs: frozenset[str]
    blocked_nouns: frozenset[str]
    street_verbs: dict[str, str]
    street_nouns: frozenset[str]


def protest_words(ctx: ArticleContext) -> ProtestWords:
    """The protest word lists (``protests`` of ``kg/data/en/cues.json``)."""
    return cue_words(ProtestWords, ctx.cues["protests"])


def protests(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a protest to the target its purpose or its country names."""
    words = protest_words(ctx)
    lemmas = para.lemmas
    for token in para.tokens:
        lemma = lemmas[token.i]
        if (
            lemma not in words.verbs
            and lemma not in words.nouns
            and lemma not in words.blocked_nouns
            and lemma not in words.street_nouns
        ):
            continue  # (``_anchor`` needs one of these words)
        anchor = _anchor(token, words)
        if anchor is None:
            continue
        verb, cameo = anchor
        subjects = _subjects(ctx, para, verb)
        if not subjects:
            continue
        targets = _purpose_targets(ctx, para, (verb, token), words) or _country_held_in(
            ctx, para, verb
        )
        if _to_the_streets(token, words):
            # "took to the streets against X": no protest word for the lexicon to read
            targets += [
                e
                for node in (verb, token)  # "against" on the verb or on "the streets"
                for p in prep_objects(node, ("against",))
                for e in _against(ctx, para, p)
            ]
        objects = [o for o in dict.fromkeys(targets) if o not in subjects]
        if not objects:
            continue
        status = qualifiers.status(ctx, token, verb)
        date = qualifiers.date(ctx, para, verb, token, status)
        for subject in subjects:
            for obj in objects:
                draft = ctx.draft(para, token, subject, Predicate.CRITICIZED, obj, 0.7)
                yield replace(draft, status=status, date=date, cameo=cameo)


def _anchor(token: Any, words: ProtestWords) -> tuple[Any, str] | None:
    """(the clause verb, CAMEO code) of a protest verb, or of a protest noun under a light
    verb ("staged mass demonstrations", "began a hunger strike")."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in words.verbs:
        return token, words.verbs[lemma]
    if _to_the_streets(token, words):
        return token.head.head, "141"  # "took to the streets", "poured into the streets"
    if (
        token.pos_ == "NOUN"
        and token.dep_ == "dobj"
        and lemma in words.blocked_nouns
        and token.head.lemma_.lower() in words.block_verbs
    ):
        return token.head, "144"  # "blocked roads to demand ...": obstruction
    if token.pos_ != "NOUN" or lemma not in words.nouns:
        return None
    modifiers = [
        words.strike_modifiers[c.lower_]
        for c in token.children
        if lemma == "strike"
        and c.dep_ in ("compound", "amod")
        and c.lower_ in words.strike_modifiers
    ]
    cameo = modifiers[0] if modifiers else words.nouns[lemma]
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "on"
        and token.head.head.lemma_ in ("go", "be")
    ):
        return token.head.head, cameo  # "went on strike", "has been on hunger strike"
    head = token.head
    if token.dep_ != "dobj" or head.pos_ != "VERB" or not _light(head, words.light_verbs):
        return None
    if lemma == "strike" and not modifiers:
        return None  # "launched a strike" is an attack
    return head, cameo


def _against(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors a protest is against: the noun's, or whose government it is ("the
    government of X")."""
    found = [e for e in ctx.ents(para, noun) if ctx.etype_in(e, ACTOR_TYPES)]
    if found or noun.lemma_.lower() not in ctx.cues["seated_nouns"]:
        return found
    return [e for p in prep_objects(noun, ("of",)) for e in ctx.ents(para, p)]


def _to_the_streets(token: Any, words: ProtestWords) -> bool:
    """ "the streets" after a street verb's own preposition ("took to the streets"), the verb
    with no object ("took its tanks to the streets" is no protest)."""
    prep = token.head
    verb = prep.head
    return bool(
        token.dep_ == "pobj"
        and token.lemma_.lower() in words.street_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and verb.pos_ == "VERB"
        and words.street_verbs.get(verb.lemma_.lower()) == prep.lower_
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _light(verb: Any, lights: frozenset[str]) -> bool:
    """A light verb by its lemma, or by a regular form of it (the model lemmatises "staged"
    as "stag")."""
    if verb.lemma_.lower() in lights:
        return True
    word = verb.lower_
    stems = {word[:-1], word[:-2], word[:-3] + "e" if word.endswith("ing") else word[:-1]}
    return word.endswith(("s", "d", "ing")) and bool(stems & lights)


def _subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who protests: the verb's subject (or its conjunct head's); "thousands of Kurds" are
    the Kurds."""
    people = [
        e
        for s in clause_subjects(verb)
        for e in (
            ctx.antecedent(para, verb.head)  # "X, who has been on hunger strike"
            if verb.dep_ == "relcl" and s.lower_ in ctx.lx.words.relative_pronouns
            else _counted(ctx, para, s)
        )
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    return list(dict.fromkeys(people))


def _counted(ctx: ArticleContext, para: Paragraph, noun: Any, depth: int = 0) -> list[str]:
    """A noun's entities; "tens of thousands of students", "a group of refugees" are the
    people counted."""
    ents = ctx.ents(para, noun)
    heads = ctx.cues["protests"]["crowd_heads"]
    lemma = noun.lemma_.lower()
    if ents or depth > 2 or not (lemma in ctx.cues["quantity_nouns"] or lemma in heads):
        return ents
    return [e for p in prep_objects(noun, ("of",)) for e in _counted(ctx, para, p, depth + 1)]


def _purpose_targets(
    ctx: ArticleContext, para: Paragraph, nodes: tuple[Any, ...], words: ProtestWords
) -> list[str]:
    """Actors named in the protest's purpose, on its verb or its noun: "to demand X",
    "calling for Y from Z", "joining demonstrators in demanding Y", "in protest of X's
    refusal"; and whose act a protest "over" or "against" names ("a strike over a bill
    signed by X", "protests over the government's decision")."""
    clauses = [c for node in dict.fromkeys(nodes) for c in _purposes(node, words.purpose_verbs)]
    clauses += [
        p
        for node in dict.fromkeys(nodes)
        for p in prep_objects(node, ("in",))
        if p.lemma_.lower() == "protest"
    ]
    found: list[str] = []
    for clause in clauses:
        patients = _act_patients(clause)
        for t in clause.subtree:
            if t.i == clause.i or t.i in patients or _titles_a_person(ctx, para, t):
                continue
            found += [e for e in ctx.ents(para, t, adjectives=True) if ctx.etype_in(e, ACTOR_TYPES)]
    for node in dict.fromkeys(nodes):
        for topic in prep_objects(node, ("over", "against")):
            doers = [
                t
                for t in topic.subtree
                if t.dep_ == "poss" or (t.dep_ == "pobj" and t.head.lower_ == "by")
            ]
            found += [e for t in doers for e in ctx.ents(para, t) if ctx.etype_in(e, ACTOR_TYPES)]
    return list(dict.fromkeys(found))


def _act_patients(clause: Any) -> set[int]:
    """ "to protest against plans to expel Syrian refugees": the tokens of an infinitive
    that completes a noun of the purpose (the plan's act) name whom the act befalls, not
    whom the protest is against."""
    return {
        k.i
        for t in clause.subtree
        if t.i != clause.i  # ("staged demonstrations to demand X": the purpose itself)
        and t.dep_ == "acl"
        and t.head.pos_ == "NOUN"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
        for k in t.subtree
    }


def _titles_a_person(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """ "the resignation of Algerian President X": a nationality word inside a named person's
    title is that person's country, not a second target of the protest."""
    if token.dep_ not in ("amod", "compound") or token.head.i == token.i:
        return False
    head = token.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Kenyan" on "President", a compound of "Moi"
    named = [head, *(c for c in head.children if c.dep_ in ("appos", "compound"))]
    return any(
        ctx.etype_is(e, EntityType.PERSON)
        for n in named
        if n.i != token.i
        for e in ctx.ents(para, n)
    )


def _purposes(node: Any, verbs: frozenset[str], depth: int = 0) -> list[Any]:
    """Purpose verbs among the clauses under a protest ("to demand", "calling for"), also
    inside a participle or a preposition ("joining demonstrators in demanding")."""
    found = []
    for c in node.children:
        if c.dep_ in ("advcl", "xcomp", "acl", "pcomp") and c.lemma_.lower() in verbs:
            found.append(c)
        elif depth < 2 and c.dep_ in ("advcl", "prep", "pcomp"):
            found += _purposes(c, verbs, depth + 1)
    return found


def _country_held_in(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """ "demonstrated in Serbia": a protest held in a country addresses its state (unless
    the protest says what it is against: "protested in Caracas against the arrest")."""
    if prep_objects(verb, ("against", "over")):
        return []
    places = prep_objects(verb, ("in",))
    # "rioted at a jail in northern Israel": the country of the place it was held at
    places += [p for at in prep_objects(verb, ("at", "outside")) for p in prep_objects(at, ("in",))]
    return [e for p in places for e in ctx.ents(para, p) if ctx.etype_is(e, EntityType.COUNTRY)]
