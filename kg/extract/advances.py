"""Advances through a place: "the blitzkrieg advance of ISIL in Iraq", "the group's advances in
Iraq", "ISIL is continuing to advance across Anbar province" -> a side that fights, advancing
in, across or through a named place, attacked it (CAMEO 190). "advance on", "into" and
"toward" are the trigger index's. A party's advance ("the SNP's advance in Scotland") is no
fighter's, nor a state's forces' in their own country. Words are data (``advances`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.cities import city_country
from kg.extract.assaults import armed, sector
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.event_coref import actor_country
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import PLACE_TYPES
from kg.vocab import EntityType, Predicate

_OWNING = ("poss", "compound", "nmod")  # "ISIL's advance", "the ISIL advance"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The advancing words (the stage's cues)."""
    words: list[str] = lx.cues["advances"]["words"]
    return words


def advances(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims of one paragraph's fighters advancing through a named place."""
    words = ctx.cues["advances"]
    for i in para.hits(ctx.word_set(cue_words)):
        token = para.tokens[i]
        lemma = token.lemma_.lower()
        if lemma not in words["words"] or token.pos_ not in ("NOUN", "VERB"):
            continue
        if token.pos_ == "VERB" and lemma in words["nouns_only"]:
            continue  # "the party gained in the polls"
        if any(c.lower_ in words["not_modifiers"] for c in para.children(token)):
            continue  # "China's economic advance in Africa": progress of another kind
        light = (
            token.pos_ == "NOUN"
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in words["light_verbs"]
        )
        # "the advance of ISIL in Iraq": the parser may hang the place on the doer, and that
        # of "made gains in Somalia" on the light verb
        heads = [token, *prep_objects(token, ("of", "by")), *([token.head] if light else [])]
        places = [
            e
            for p in (q for h in heads for q in prep_objects(h, words["preps"]))
            for e in ctx.ents(para, p) or _named_in(ctx, para, p)
            if ctx.etype_in(e, PLACE_TYPES)
        ]
        if not places:
            continue
        doers = _nominal_doers(ctx, para, token) if token.pos_ == "NOUN" else []
        if light and not doers:
            doers = subjects_of(ctx, para, token.head)  # "ISIL has made gains in Syria"
        if token.pos_ == "VERB":
            doers = subjects_of(ctx, para, token)
        # ground is taken only by armed hands ("the opposition made gains in X": votes), a
        # country's only with a military word in front ("Russia's military advance"; not
        # "China's advance in Africa", "Ghana's advance in Brazil")
        military = any(c.lower_ in ctx.cues["attack_modifiers"] for c in para.children(token))
        doers = [
            d
            for d in dict.fromkeys(doers)
            if (_gainer(ctx, d) or (military and ctx.etype_is(d, EntityType.COUNTRY)))
            and d not in places
        ]
        trigger = Trigger(token.lemma_.lower(), token.pos_, Predicate.ATTACKED, "190")
        clause = token.head if token.pos_ == "NOUN" else token
        for doer in doers:
            abroad = [p for p in places if not _own_land(ctx, doer, p)]
            if abroad:
                yield from emit(ctx, para, token, clause, trigger, [doer], abroad, confidence=0.7)


def _gainer(ctx: ArticleContext, label: str) -> bool:
    """Whose advances or gains are ground taken: an armed group or force, or a group of no
    known kind ("al-Shabab"); not a country ("China's gains in Africa") nor an opposition
    bloc."""
    if armed(ctx, label):
        return True
    return ctx.etype_is(label, EntityType.GROUP) and sector(ctx, label) is None


def _own_land(ctx: ArticleContext, doer: str, place: str) -> bool:
    """The place lies in the doer's own country, the doer a country or a body of its state
    (``state_sectors`` of cues.json): "Iraqi forces advanced through Tikrit" takes no land."""
    if not ctx.etype_is(doer, EntityType.COUNTRY) and not ctx.resolver.sector_in(
        doer, ctx.cues["state_sectors"]["codes"]
    ):
        return False
    home = actor_country(ctx, doer)
    return home is not None and home == _place_country(ctx, place)


def _place_country(ctx: ArticleContext, place: str) -> str | None:
    """The ISO code of the country a place is or lies in: the resolver's, the country the
    article places it in ("Geneva, Switzerland"), else a large city's by the data."""
    iso = actor_country(ctx, place)
    if iso is None and place in ctx.place_country:
        iso = actor_country(ctx, ctx.place_country[place])
    return iso or city_country(place, other_names=False)


def _nominal_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Who advances: the name or possessive in front of the noun ("ISIL's advance", "the ISIL
    advance"), or the one after its "of" or "by" ("the advance of ISIL")."""
    found = [e for c in para.children(noun) if c.dep_ in _OWNING for e in ctx.ents(para, c)]
    return found + [e for p in prep_objects(noun, ("of", "by")) for e in ctx.ents(para, p)]


def _named_in(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The place named in front of a place noun ("Iraq's Anbar province": Anbar)."""
    return [e for c in para.children(noun) if c.dep_ == "compound" for e in ctx.ents(para, c)]
