"""People picked up or rescued at sea by a ship: "migrants picked up by the British warship X",
"Italian navy vessels rescued 500 migrants" -> the ship, when named as an actor, and the country
or force in front of it supported the people it took aboard (PLOVER AID, CAMEO 073). Only a
vessel (``vessel_nouns``) makes a pick-up a rescue: "police picked up the suspect" is an
arrest. Words are data (``vessel_pickups`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit
from kg.extract.rescue_objects import rescued_group
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

_CAMEO = "073"  # CAMEO "provide humanitarian aid" (rescue)
_OWNER_DEPS = ("amod", "compound", "nmod", "poss")


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The pick-up and rescue verbs (the stage's cues)."""
    verbs: dict[str, str] = lx.cues["vessel_pickups"]["verbs"]
    return verbs


def vessel_pickups(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from a vessel that picked up or rescued people to those people."""
    words = ctx.cues["vessel_pickups"]
    vessels = frozenset(ctx.cues["vessel_nouns"])
    for i in para.hits(ctx.word_set(cue_words)):
        verb = para.tokens[i]
        particle = words["verbs"].get(verb.lemma_.lower())
        if verb.pos_ != "VERB" or particle is None:
            continue
        kids = para.children(verb)
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in kids):
            continue  # "picked a fight", "picked him as its candidate"
        passive = any(c.dep_ == "auxpass" for c in kids)
        doers = _agents(para, verb) if passive else [c for c in kids if c.dep_ == "nsubj"]
        rescuers = [e for d in doers for e in _ship_side(ctx, para, d, vessels)]
        picked = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
        rescued = [e for p in picked for e in _rescued(ctx, para, p, words)]
        rescued = [e for e in rescued if e not in rescuers]
        if rescuers and rescued:
            trigger = Trigger(verb.lemma_.lower(), "VERB", Predicate.SUPPORTED, _CAMEO)
            yield from emit(ctx, para, verb, verb, trigger, rescuers, rescued, confidence=0.6)


def _agents(para: Paragraph, verb: Any) -> list[Any]:
    """The nouns of a passive verb's "by" phrase."""
    return [
        p
        for c in para.children(verb)
        if c.dep_ == "agent"
        for p in para.children(c)
        if p.dep_ == "pobj"
    ]


def _ship_side(
    ctx: ArticleContext, para: Paragraph, doer: Any, vessels: frozenset[str]
) -> list[str]:
    """Who a doer that is a vessel stands for: the vessel's name, when it is an actor, and
    the country or force in front of the vessel noun ("the British warship HMS Bulwark",
    "an Irish navy vessel"); nobody when the doer is no vessel ("police")."""
    nouns = [doer] + [c for c in para.children(doer) if c.dep_ == "compound" and c.i < doer.i]
    ships = [n for n in nouns if n.lemma_.lower() in vessels]
    if not ships:
        return []
    # its own name only: "the ship" alone may be another ship than the one named last
    # ("a German ship ...; the Phoenix ...; the ship picked up 188 people")
    names = [doer] + [c for c in para.children(doer) if c.dep_ == "appos"]
    found = [
        e
        for n in names
        if n.i in para.links
        for e in ctx.ents(para, n)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    for ship in ships:
        for c in para.children(ship):
            if c.dep_ in _OWNER_DEPS and c.i < ship.i:
                found += [
                    e
                    for e in ctx.ents(para, c, adjectives=True)
                    if ctx.etype_in(e, ACTOR_TYPES) and e not in found
                ]
    return found


def _rescued(ctx: ArticleContext, para: Paragraph, noun: Any, words: dict[str, Any]) -> list[str]:
    """The people picked up: those the noun stands for, else, for a noun that names no one
    ("188 people", "most of those who arrived") or that the model took for a quantity ("300
    migrants"), the article's one group of people rescued at sea ("migrants")."""
    found = actors_of(ctx, para, noun)
    if found:
        return found
    people = frozenset(ctx.cues["rescue_objects"]["people"])
    heads = [noun] + [p for c in para.children(noun) if c.dep_ == "prep" for p in para.children(c)]
    if not any(h.lower_ in people or h.lemma_.lower() in words["unnamed"] for h in heads):
        return []
    group = rescued_group(ctx, people)
    return [group] if group is not None else []
