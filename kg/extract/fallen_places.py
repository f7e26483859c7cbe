"""Places fallen with no taker written: "the fall of Ramadi", "the loss of Palmyra", "when
Ramadi fell" -> the article's one armed group took the place (attacked, CAMEO 192; hard47).
The taker is the armed group the article is about (named three times or more, at least
twice as often as any other: a rebel group first, then any non-state armed group); none when
the article has no such group, or the sentence names a taker of its own ("fell to ISIL" is
read by the fall rules). Words are data
(``fallen_places`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.assaults import armed_sector
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit
from kg.lexicon import Trigger
from kg.vocab import EntityType, Predicate, Status

_PLACES = (EntityType.CITY, EntityType.PLACE)
_TAKER_MENTIONS = 3


def fallen_places(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """attacked claims from the article's main armed group on each named city or place the
    article says fell or was lost with no taker in the sentence, once a place."""
    words = ctx.cues["fallen_places"]
    taker: str | None = None
    done: set[str] = set()
    for para in paras:
        for token in para.tokens:
            place = _fallen(ctx, para, token, words)
            if place is None or place in done:
                continue
            if taker is None:
                # a rebel group the article is about first, then any armed group
                tiers = (_main_armed_group(ctx, paras, t) for t in words["sector_tiers"])
                taker = next((t for t in tiers if t is not None), None)
                if taker is None:
                    return
            done.add(place)
            trigger = Trigger(token.lemma_.lower(), token.pos_, Predicate.ATTACKED, "192")
            drafts = emit(ctx, para, token, token, trigger, [taker], [place], confidence=0.6)
            if token.pos_ == "NOUN":
                # "the fall of Ramadi" tells a fall that happened, whatever the clause around
                # it says of it ("downplayed", "can interpret ... in different ways")
                drafts = (replace(d, status=Status.OCCURRED) for d in drafts)
            yield from drafts


def _fallen(ctx: ArticleContext, para: Paragraph, token: Any, words: dict[str, Any]) -> str | None:
    """The named city or place a fall noun ("the fall of X", "X's loss") or a fall verb ("X
    fell") tells was lost, when nothing in the phrase says to whom ("to", "into", "under")
    nor how ("fell silent")."""
    lemma = token.lemma_.lower()
    kids = para.children(token)
    if any(c.lower_ in words["taker_preps"] for c in kids if c.dep_ in ("prep", "agent")):
        return None
    if token.pos_ == "NOUN" and lemma in words["nouns"]:
        if _averted(token, words):
            return None
        owners = [c for c in kids if c.dep_ == "poss"] or prep_objects(token, ("of",))
    elif token.pos_ == "VERB" and lemma in words["verbs"]:
        if any(c.dep_ in ("acomp", "attr", "oprd", "xcomp", "neg") for c in kids):
            return None
        owners = [c for c in kids if c.dep_ == "nsubj"]
    else:
        return None
    places = [para.links[c.i] for c in owners if c.i in para.links]
    if len(places) != 1 or not ctx.etype_in(places[0], _PLACES):
        return None
    return places[0]


def _averted(noun: Any, words: dict[str, Any]) -> bool:
    """A fall still to come or kept off: "to prevent the fall of Baghdad", "the fall of Kabul
    would be a disaster"."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    if head.lemma_.lower() in words["averting_verbs"]:
        return True
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "aux" and c.lower_ in words["modals"] for c in head.children
    )


def _main_armed_group(
    ctx: ArticleContext, paras: list[Paragraph], sectors: list[str]
) -> str | None:
    """The armed group (not a state's force: one of ``sectors``) the article names most,
    three times or more and at least twice as often as any other."""
    counts: dict[str, int] = {}
    for para in paras:
        for i, label in para.links.items():
            if para.links.get(i - 1) != label:
                counts[label] = counts.get(label, 0) + 1
    ranked = sorted(
        (
            (n, label)
            for label, n in counts.items()
            if not ctx.etype_is(label, EntityType.COUNTRY) and armed_sector(ctx, label) in sectors
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] < _TAKER_MENTIONS:
        return None
    if len(ranked) > 1 and 2 * ranked[1][0] > ranked[0][0]:
        return None
    return ranked[0][1]
