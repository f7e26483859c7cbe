"""Attacks whose agent the article never names (gen34): a violent verb of manner in the passive
with a named person as its victim and no agent in the sentence ("Zedi Feruzi was shot dead in
Bujumbura", "the blogger was hacked to death", "X was gunned down") -> "unidentified attackers"
(one group of the article) attacked the victim, at the place after the verb. Not when the
sentence names a doer ("was shot by police"), nor negated or hypothetical ("was not shot",
"could be assassinated"), nor in a clause that only times another event ("after X was shot"),
nor when another stage already gave the victim an attacker there.
A doer told only by a description of attackers that names no entity ("a masked gang
stabbed X", "X was hacked to death by three men") is a group of the article under that
description instead ("masked gang", "three men").
Bombs with no doer written are the article's bombers' (``bomb_attackers``), and a later word
of that bombing tells more of its targets (``bomb_sequels``: "The second car bomb exploded
near the X hotel", "The attack appeared to target pilgrims").
Words: ``unnamed_attackers`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import interactions, places, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES
from kg.vocab import EntityType, Predicate, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The violent verbs of manner (the stage's cue words)."""
    verbs: list[str] = lx.cues["unnamed_attackers"]["verbs"]
    return verbs


def unnamed_attackers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims on a named person a violent verb of manner takes as victim: from the
    article's unidentified attackers when no doer is written in the sentence, from a group of
    the article labelled by the doer's description when it is only one ("a masked gang")."""
    words = ctx.cues["unnamed_attackers"]
    verbs = frozenset(words["verbs"])
    wheres = frozenset(words["place_preps"])
    doer_nouns = frozenset(words["doer_nouns"])
    time_marks = frozenset(words["time_marks"])
    for token in para.tokens:
        if token.lemma_.lower() not in verbs or token.tag_ not in ("VBN", "VBD", "VBZ", "VBP"):
            continue
        kids = para.children(token)
        if any(c.dep_ == "neg" for c in kids):
            continue
        passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in kids)
        if passive and _timing_clause(token, kids, time_marks):
            continue
        if passive:
            # the parser sometimes makes a relative pronoun "nsubj" of a passive ("who was
            # himself hacked to death")
            objects = [c for c in kids if c.dep_ in ("nsubjpass", "nsubj")]
            doers = [
                p
                for a in token.subtree
                if a.dep_ == "agent"
                for p in para.children(a)
                if p.dep_ == "pobj"
            ]
        else:
            objects = [c for c in kids if c.dep_ == "dobj"]
            doers = [c for c in kids if c.dep_ == "nsubj"]
            if not doers:
                continue
        if (
            passive
            and token.dep_ == "relcl"
            and all(c.tag_ in ("WP", "WDT") for c in objects)  # none found: "who" mis-hung
        ):
            objects = [para.head(token)]  # "X, who was shot dead in Y"
            if objects[0].dep_ == "appos":  # "X, a US citizen who was shot dead"
                objects.append(para.head(objects[0]))
        victims = [
            label
            for c in objects
            for label in interactions.actors_of(ctx, para, c)
            if ctx.etype_is(label, EntityType.PERSON)
        ]
        if not victims:
            continue
        if doers and not all(_described(ctx, para, d, doer_nouns) for d in doers):
            continue  # a doer named ("by police"), or one no description of an attacker
        status = qualifiers.status(ctx, token, token)
        if status is not Status.OCCURRED:
            continue
        span = ctx.sentence_span(para, token)
        told = {
            c.object for c in ctx.claims if c.sentence == span and c.predicate is Predicate.ATTACKED
        }
        victims = [v for v in victims if v not in told]
        if not victims:
            continue
        where = [
            e
            for prep in kids
            if prep.dep_ == "prep" and prep.lower_ in wheres
            for p in para.children(prep)
            if p.dep_ == "pobj"
            # "in the capital Dhaka": the place named in apposition
            for q in (p, *(a for a in para.children(p) if a.dep_ == "appos"))
            if (e := places.named_place(ctx, para, q)) is not None and ctx.etype_in(e, PLACE_TYPES)
        ]
        if doers:
            groups = [_attackers(ctx, para, d, _head_phrase(para, d)) for d in doers]
        else:
            groups = [_attackers(ctx, para, token, words["label"])]
        date = qualifiers.date(ctx, para, token, token, status)
        yield from ctx.pair_drafts(
            para,
            token,
            groups,
            Predicate.ATTACKED,
            victims,
            status=status,
            date=date,
            place=where[0] if where else None,
            cameo="1823",
        )


def bomb_cue_words(lx: Lexicon) -> Iterable[str]:
    """The bomb nouns (the bomb stage's cue words)."""
    nouns: list[str] = lx.cues["unnamed_attackers"]["bombs"]["nouns"]
    return nouns


def bomb_attackers(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from the article's bombers on the named place a bomb with no doer
    written hit or went off in ("Car bombs at two hotels in Baghdad have killed at least 10
    people", "Two bombs have exploded in the Iraqi capital, killing 12 people"): the
    bombers are a group of the article ("car bombers"). A bomb of no planted kind that only
    hit or killed ("One bomb hit the village") may have been dropped from the air: it is left
    to ``strike_coref``, which finds the striker named before. A sentence that names an attacker
    (a claim, an agent of the bomb) gives nothing here, nor a bomb that only times another
    event ("55 people were killed after bombs hit a market"), as ``_timing_clause`` says."""
    words = ctx.cues["unnamed_attackers"]["bombs"]
    time_marks = ctx.cues["unnamed_attackers"]["time_marks"]
    for i in para.hits(frozenset(words["nouns"])):
        bomb = para.tokens[i]
        verb = para.head(bomb)
        if bomb.dep_ != "nsubj" or bomb.i in para.links or not _bomb_went_off(para, verb, words):
            continue
        kinds = [c.lower_ for c in para.children(bomb) if c.dep_ in ("compound", "amod")]
        if set(kinds) & set(words["state_kinds"]) or _bomb_doer(para, bomb):
            continue  # "barrel bombs": a state's; "bombs planted by X": the doer is told
        if not set(kinds) & set(words["kinds"]) and verb.lemma_.lower() not in words["blast_verbs"]:
            continue  # "a bomb hit X": dropped from the air too, its striker is strike_coref's
        if ctx.sentence_pairs(para, verb, Predicate.ATTACKED):
            continue  # the sentence names its attacker
        if _timing_clause(verb, para.children(verb), frozenset(time_marks)):
            continue  # "killed after bombs hit a market": told with its doer elsewhere
        status = qualifiers.status(ctx, verb, verb)
        if status is not Status.OCCURRED:
            continue
        targets = _bombed_places(ctx, para, verb, bomb)
        if not targets:
            continue
        kind = next((k for k in kinds if k in words["kinds"]), None)
        label = f"{kind} {words['label']}" if kind else words["label"]
        group = _attackers(ctx, para, bomb, label)
        date = qualifiers.date(ctx, para, verb, verb, status)
        yield from ctx.pair_drafts(
            para, verb, [group], Predicate.ATTACKED, targets, status=status, date=date, cameo="183"
        )


def bomb_sequel_cue_words(lx: Lexicon) -> Iterable[str]:
    """The nouns of a bombing told again (the sequel stage's cue words)."""
    nouns: list[str] = lx.cues["unnamed_attackers"]["bombs"]["sequels"]["nouns"]
    return nouns


def bomb_sequels(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from the article's bombers (those ``bomb_attackers`` found) on one more
    target of their bombing, told by a word of it with no doer written: the named place it
    went off at or near ("The first explosion went off near the X hotel", "The second car
    bomb exploded in an area close to the Y hotel"), the named actor or place it targeted
    ("Deadly blasts target pilgrims in Baghdad", "The attack appeared to target Shia
    pilgrims"). The bombers are the ones of the bomb's kind ("car bombers" for "the second car
    bomb"), else the article's only ones. Not a bomb of a state's kind nor one with its dropper
    or planter written, nor in a sentence that names an attacker, nor one that did not happen."""
    dates: dict[str, str | None] = {}  # each of the article's bombers -> its bombing's date
    for c in ctx.claims:
        if c.cameo == "183" and c.predicate is Predicate.ATTACKED:
            dates[c.subject] = dates.get(c.subject) or c.date
    keys = set(dates)
    if not keys:
        return
    bombers = {ctx.shown(key): key for key in keys}  # "car bombers" -> the article's key
    words = ctx.cues["unnamed_attackers"]["bombs"]
    sequels = words["sequels"]
    for i in para.hits(frozenset(sequels["nouns"])):
        noun = para.tokens[i]
        verb = para.head(noun)
        link = para.links.get(noun.i)
        if noun.dep_ != "nsubj" or (link is not None and link not in keys):
            continue  # a word that names another ("the Taliban attack" is the Taliban's)
        if _bomb_doer(para, noun) or any(
            c.dep_ == "poss"
            or (
                c.dep_ in ("compound", "nmod", "amod")
                and c.i in para.links
                and ctx.etype_in(para.links[c.i], ACTOR_TYPES - PLACE_TYPES)
            )
            for c in para.children(noun)
        ):
            continue  # its doer written: "planted by X", "its attack", "the Taliban attack"
        kinds = [c.lower_ for c in para.children(noun) if c.dep_ in ("compound", "amod")]
        if set(kinds) & set(words["state_kinds"]):
            continue
        kind = next((k for k in kinds if k in words["kinds"]), None)
        label = bombers.get(f"{kind} {words['label']}") if kind else None
        if label is None:
            if kind is not None or len(keys) != 1:
                continue  # bombs of another kind, or bombers of which the word does not say
            label = next(iter(keys))
        if any(c.dep_ == "neg" for c in para.children(verb)):
            continue
        targets = _sequel_targets(ctx, para, verb, noun, sequels)
        if not targets or ctx.sentence_pairs(para, verb, Predicate.ATTACKED):
            continue
        status = qualifiers.status(ctx, verb, verb)
        if status is not Status.OCCURRED:
            continue
        date = qualifiers.date(ctx, para, verb, verb, status) or dates[label]
        yield from ctx.pair_drafts(
            para, verb, [label], Predicate.ATTACKED, targets, status=status, date=date, cameo="183"
        )


def _sequel_targets(
    ctx: ArticleContext, para: Paragraph, verb: Any, noun: Any, sequels: dict[str, Any]
) -> list[str]:
    """What a word of the bombing hit: the named actors or places its verb targeted ("blasts
    target pilgrims", "appeared to target X"), or the named places it went off at or near."""
    lemma = verb.lemma_.lower()
    target = verb if lemma in sequels["target_verbs"] else None
    if lemma in sequels["seem_verbs"]:
        target = next(
            (
                c
                for c in para.children(verb)
                if c.dep_ == "xcomp" and c.lemma_.lower() in sequels["target_verbs"]
            ),
            None,
        )
    if target is not None:
        return [
            e
            for d in para.children(target)
            if d.dep_ == "dobj"
            for e in (
                interactions.actors_of(ctx, para, d)
                or [p for p in [places.named_place(ctx, para, d)] if p is not None]
            )
            if ctx.etype_in(e, PLACE_TYPES | ACTOR_TYPES)
        ]
    blasts = ctx.cues["unnamed_attackers"]["bombs"]["blast_verbs"]
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in para.children(verb))
    if lemma not in blasts or (lemma == "go" and not off):
        return []  # "went off" only: "the attack went on for hours" is no blast
    return _bombed_places(ctx, para, verb, noun, frozenset(sequels["near_words"]))


def _bomb_went_off(para: Paragraph, verb: Any, words: dict[str, Any]) -> bool:
    """The bomb's verb tells of harm: one of ``verbs`` ("killed", "hit"), or a blast verb
    with a harming participle or conjunct ("exploded, killing 12 people")."""
    lemma = verb.lemma_.lower()
    if lemma in words["verbs"]:
        return True
    return lemma in words["blast_verbs"] and any(
        c.dep_ in ("advcl", "conj") and c.lemma_.lower() in words["harm_verbs"]
        for c in para.children(verb)
    )


def _bomb_doer(para: Paragraph, bomb: Any) -> bool:
    """The bomb's dropper or planter is written on it ("bombs dropped by the government")."""
    return any(t.dep_ == "agent" for t in bomb.subtree if t.i != bomb.i)


def _bombed_places(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    bomb: Any,
    near: frozenset[str] = frozenset(),
) -> list[str]:
    """The named places the bomb hit (the verb's object) or went off in, at or near (after
    ``place_preps`` on the verb or the bomb, or inside such a place: "at two hotels in
    Baghdad"; with ``near``, also the place a spot is close to: "in an area close to X")."""
    wheres = frozenset(ctx.cues["unnamed_attackers"]["place_preps"]) | {"at"}
    nouns = [c for c in para.children(verb) if c.dep_ == "dobj"]
    todo = [verb, bomb]
    for _ in range(2):  # the place, and the place inside it
        found = [
            p
            for node in todo
            for prep in para.children(node)
            if prep.dep_ == "prep" and prep.lower_ in wheres
            for p in para.children(prep)
            if p.dep_ == "pobj"
        ]
        found += [  # "in an area close to the X hotel"
            p
            for spot in found
            for adj in para.children(spot)
            if adj.lower_ in near
            for prep in para.children(adj)
            if prep.dep_ == "prep" and prep.lower_ == "to"
            for p in para.children(prep)
            if p.dep_ == "pobj"
        ]
        nouns += found
        todo = found
    found_places = []
    for n in nouns:
        # the place's name, else the one in apposition ("in the capital, Baghdad"): one place,
        # not a second name of it too ("the Y hotel, the old Z hotel")
        for q in (n, *(a for a in para.children(n) if a.dep_ == "appos")):
            e = places.named_place(ctx, para, q)
            if e is not None and ctx.etype_in(e, PLACE_TYPES):
                found_places.append(e)
                break
    return found_places


def _timing_clause(verb: Any, kids: list[Any], marks: frozenset[str]) -> bool:
    """The passive only times another event ("protests broke out after X was shot", "... before
    X was shot and killed"): an attack told as the time of another is one the article tells
    (and names the doer of) elsewhere, so the sentence is no sign that the doer is unknown."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in kids)


def _described(ctx: ArticleContext, para: Paragraph, doer: Any, nouns: frozenset[str]) -> bool:
    """A doer told only by a description of attackers ("a masked gang", "three men"): a noun of
    ``doer_nouns`` that stands for no entity."""
    return (
        doer.lemma_.lower() in nouns
        and para.links.get(doer.i) is None
        and not interactions.actors_of(ctx, para, doer)
    )


def _head_phrase(para: Paragraph, noun: Any) -> str:
    """The noun with its adjectives, compounds and number before it, lower case ("masked gang"
    for "a masked gang wielding machetes", "three men")."""
    mods = [
        c
        for c in para.children(noun)
        if c.i < noun.i and c.dep_ in ("amod", "compound", "nummod") and not para.children(c)
    ]
    return " ".join(t.lower_ for t in sorted([*mods, noun], key=lambda t: t.i))


def _attackers(ctx: ArticleContext, para: Paragraph, verb: Any, label: str) -> str:
    """The article's one group of unidentified attackers, recorded at the verb (whose own
    link, if any, stays its own)."""
    mention = SpanMention(verb.i, verb.i + 1, label, "NORP", canonical=label, scoped=True)
    ctx.resolver.add_vote(label, EntityType.GROUP, 3)
    return ctx.record_aside(para, mention, label)
