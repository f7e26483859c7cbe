"""Places fallen with no taker written: "the fall of Ramadi", "when Ramadi fell" -> drafts
of attacked claims (CAMEO 192) from the article's one armed group (hard47). Words are data
(``fallen_places`` in ``kg/data/en/cues.json``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.assaults import sector
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate, Status

_PLACES = (EntityType.CITY, EntityType.PLACE)
_TAKER_MENTIONS = 3


def _fall_words(lx: Lexicon) -> Iterable[str]:
    """The nouns and verbs a fall is told by (``fallen_places``): the tokens it visits."""
    words = lx.cues["fallen_places"]
    return {*words["nouns"], *words["verbs"]}


def fallen_places(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """attacked claims from the article's main armed group on each named city or place the
    article says fell or was lost with no taker in the sentence, once a place.

    The taker is the armed group the article is about (named three times or more, at least
    twice as often as any other: a rebel group first, then any non-state armed group); none
    when the article has no such group, the phrase names a side ("fell to ISIL", "the capture
    of Tikrit from ISIL"), the clause's subject is another actor ("Iraqi forces completed the
    capture of Tikrit") or the fall is dated in an earlier year ("the fall of Saigon in
    1975")."""
    words = ctx.cues["fallen_places"]
    # a fall is told by one of these words only: the tokens with them are all it visits
    starts = ctx.word_set(_fall_words)
    taker: str | None = None
    done: set[str] = set()
    for para in paras:
        tokens = para.tokens
        for i in para.hits(starts):
            token = tokens[i]
            place = _fallen(ctx, para, token, words)
            if place is None or place in done:
                continue
            if taker is None:
                # a rebel group the article is about first, then any armed group
                tiers = (_main_armed_group(ctx, paras, t) for t in words["sector_tiers"])
                taker = next((t for t in tiers if t is not None), None)
                if taker is None:
                    return
            doers = _clause_actors(ctx, para, token)
            if doers and taker not in doers:
                continue  # "Iraqi forces completed the capture of Tikrit": theirs, not the group's
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
    fell") tells was lost, when nothing in the phrase says to whom or from whom ("to", "under",
    "from") nor how ("fell silent")."""
    lemma = token.lemma_.lower()
    kids = para.children(token)
    if token.dep_ == "dobj":
        # the parser may hang the side's phrase on the verb: "hailed the capture of X from
        # the group"
        kids = [*kids, *(c for c in para.children(token.head) if c.i > token.i)]
    if any(c.lower_ in words["taker_preps"] for c in kids if c.dep_ in ("prep", "agent")):
        return None
    if token.pos_ == "NOUN" and lemma in words["nouns"]:
        if _averted(token, words) or _dated_before(ctx, token):
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


def _clause_actors(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors that are the subject (or passive agent) of the verb a fall noun is the
    object of ("Iraqi forces completed the capture of Tikrit", "took part in the capture
    of X"): a taker written outside the noun's phrase."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return []
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    doers = [c for c in para.children(verb) if c.dep_ == "nsubj"]
    doers += [o for c in para.children(verb) if c.dep_ == "agent" for o in para.children(c)]
    return [e for d in doers for e in actors_of(ctx, para, d) if ctx.etype_in(e, ACTOR_TYPES)]


def _dated_before(ctx: ArticleContext, noun: Any) -> bool:
    """A fall noun whose phrase dates it in a year before the article's ("the fall of Saigon
    in 1975"): history, not this article's event ("the fall of Ramadi on Sunday" is)."""
    year = (ctx.published or "")[:4]
    years = [t.text for t in noun.subtree if t.ent_type_ == "DATE" and t.text.isdigit()]
    return any(len(y) == 4 and (not year or y < year) for y in years)


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
            if not ctx.etype_is(label, EntityType.COUNTRY) and sector(ctx, label) in sectors
        ),
        reverse=True,
    )
    if not ranked or ranked[0][0] < _TAKER_MENTIONS:
        return None
    if len(ranked) > 1 and 2 * ranked[1][0] > ranked[0][0]:
        return None
    return ranked[0][1]
