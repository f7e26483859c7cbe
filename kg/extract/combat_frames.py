"""Fighting told without an attack verb, and the authors of an attack told by a noun.

"rebels were locked in combat with tribesmen", "troops were caught in a gun battle with
militants": the parser hangs the "with" on the verb, not on the fighting noun, so the sides
are the verb's subject and the "with" object (attacked). "The fighting killed 17 Houthis and 11
tribesmen", "Dozens of rebels and four Saudi soldiers were killed in the clash": a fight's dead
from two sides name its sides. "X is the mastermind of the 2009
attack on the embassy", "X, the architect of the raid on Y": the author of the attack noun
attacked its target. Words are data (``combat_frames`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.assaults import fighter, sector
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.extract.strike_coref import state_actor
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The fighting nouns and the author nouns."""
    words: dict[str, list[str]] = lx.cues["combat_frames"]
    return [*words["fight_nouns"], *words["author_nouns"]]


def combat_frames(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of fighting nouns in a verb's "in" phrase and of attack authors."""
    words: dict[str, list[str]] = ctx.cues["combat_frames"]
    fights, authors = frozenset(words["fight_nouns"]), frozenset(words["author_nouns"])
    for i in para.hits(ctx.word_set(cue_words)):
        token = para.tokens[i]
        if token.pos_ != "NOUN":
            continue
        lemma = token.lemma_.lower()
        if lemma in fights:
            yield from _locked_in(ctx, para, token)
            yield from _casualty_sides(ctx, para, token, words)
        elif lemma in authors:
            yield from _authors(ctx, para, token, words)


def _locked_in(ctx: ArticleContext, para: Paragraph, noun: Any) -> Iterator[Draft]:
    """ "X was locked in combat with Y": the verb's subject fights the verb's "with" object,
    when the noun has no side of its own (the lexicon reads "a battle with Y")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or prep_objects(noun, ("with", "against", "between")):
        return
    others = [
        e
        for p in prep_objects(verb, ("with", "against"))
        for e in ctx.ents(para, p)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    if not others:
        return
    sides = [s for s in subjects_of(ctx, para, verb, stative=True) if s not in others]
    trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.ATTACKED, "190")
    yield from emit(ctx, para, noun, verb, trigger, sides, others, confidence=0.7)


def _casualty_sides(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]
) -> Iterator[Draft]:
    """ "the fighting killed 17 Houthis and 11 tribesmen", "clashes left three Saudi troops
    and dozens of rebels dead", "Dozens of rebels and four Saudi soldiers were killed in the
    clash": the two sides a fight's dead come from fought it, the first named attacking the
    second (``_comment_casualties`` of ``combat_frames`` in ``kg/data/en/cues.json``)."""
    if prep_objects(noun, ("between", "with", "against")):
        return  # the fight names its sides: the lexicon reads them
    found = _casualties(noun, words)
    if found is None:
        return
    verb, dead = found
    sides = list(dict.fromkeys(e for d in _listed(dead, words) for e in actors_of(ctx, para, d)))
    if len(sides) != 2 or not all(_side(ctx, e, words) for e in sides):
        return
    if all(state_actor(ctx, e) for e in sides):
        return  # "killed five soldiers and two policemen": one side's dead
    trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.ATTACKED, "190")
    yield from emit(ctx, para, noun, verb, trigger, sides[:1], sides[1:], confidence=0.7)


def _casualties(noun: Any, words: dict[str, Any]) -> tuple[Any, list[Any]] | None:
    """(the harm verb, the tokens that name the dead) of a fight noun: its verb's object
    when the noun is the subject ("the fighting killed X", "clashes left X dead"), the
    verb's subject when the noun is in its frame ("X were killed in the clash")."""
    verb = noun.head
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and verb.pos_ == "VERB":
        left = lemma in words["leaving_verbs"] and any(
            c.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and c.lower_ in words["casualty_states"]
            for c in verb.children
        )
        if lemma in words["harm_verbs"] or left:
            return verb, [c for c in verb.children if c.dep_ == "dobj"]
        return None
    if noun.dep_ != "pobj" or verb.lower_ not in words["casualty_frames"]:
        return None
    verb = verb.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words["harm_verbs"]:
        return None
    dead = [
        c
        for c in verb.children
        if c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and verb.lemma_.lower() == "die")
    ]
    return verb, dead


def _listed(dead: list[Any], words: dict[str, Any]) -> list[Any]:
    """The dead, each one coordinated, and those a count includes ("28 people, including
    17 Houthis and 11 tribesmen")."""
    heads = list(dead)
    heads += [p for d in dead for p in prep_objects(d, tuple(words["included"]))]
    found: list[Any] = []
    for head in heads:
        found += [head, *(c for c in head.conjuncts if c.i > head.i)]
    return list(dict.fromkeys(found))


def _side(ctx: ArticleContext, label: str, words: dict[str, Any]) -> bool:
    """An actor that can fight a battle: a country, an armed force or a group, not one of
    the bystanders (civilians, journalists, aid workers)."""
    return fighter(ctx, label) and sector(ctx, label) not in words["bystander_sectors"]


def _authors(
    ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, list[str]]
) -> Iterator[Draft]:
    """ "X is the mastermind of the attack on Y", "X, the architect of the raid on Y"."""
    heads = prep_objects(noun, ("of", "behind"))
    # "the brain behind operations like the attempt against X": the examples named
    heads += _examples(heads, ("like", "including", "as"))
    attacks = [a for a in heads if a.lemma_.lower() in words["attack_nouns"]]
    if not attacks:
        return
    authors = _author_of(ctx, para, noun)
    for attack in attacks:
        aims = prep_objects(attack, _target_preps(attack, words))
        # "the attempt against X and the 2008 attack on Y": the parser may hang the second
        # attack on the first one's target, or on the first attack
        more = [c for t in (attack, *aims) for c in t.children if c.dep_ == "conj"]
        attacks += [c for c in more if c.lemma_.lower() in words["attack_nouns"]]
        targets = [
            e
            for t in aims
            for e in ctx.ents(para, t)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in ctx.ents(para, attack)
        ]
        if not targets or not authors:
            continue
        trigger = Trigger(attack.lemma_.lower(), "NOUN", Predicate.ATTACKED, "190")
        yield from emit(ctx, para, attack, attack, trigger, authors, targets, confidence=0.7)


def _author_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who the author noun names: the copula's subject ("X is the mastermind") or the noun
    it stands beside ("X, the architect of ...")."""
    if noun.dep_ == "attr":
        found = subjects_of(ctx, para, noun.head, stative=True)
    elif noun.dep_ == "appos":
        found = ctx.ents(para, noun.head)
    else:
        return []
    return [e for e in found if ctx.etype_in(e, ACTOR_TYPES)]


def _target_preps(attack: Any, words: dict[str, list[str]]) -> tuple[str, ...]:
    """ "the attack on Y"; "the bombing of Y" too, where "of" names the target."""
    if attack.lemma_.lower() in words["target_of_nouns"]:
        return ("on", "against", "of")
    return ("on", "against")


def _examples(nouns: list[Any], preps: tuple[str, ...]) -> list[Any]:
    """The objects of the nouns' prepositions ``preps``."""
    return [p for n in nouns for p in prep_objects(n, preps)]
