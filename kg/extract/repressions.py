"""Dissent put down: "crushed an uprising by the opposition", "suppressed the revolt of the
miners", "quelled the 2009 Green Movement protests" -> the one who puts it down attacks the
one the uprising is by (CAMEO 175, violent repression). Words are data (``repressions`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

# a country in front of the event noun is where it happened, not who rose up ("the Syrian
# uprising" is not Syria's): only a group, an organisation or a person modifies as its owner
_OWNER_TYPES = ACTOR_TYPES - {EntityType.COUNTRY}


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The repression verbs (the stage's cues)."""
    verbs: dict[str, str | None] = lx.cues["repressions"]["verbs"]
    return verbs


def repressions(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
    """attacked claims of an article's uprisings, protests and revolts put down (article-wide:
    a bare group noun in front of the uprising is the article's one group of its kind)."""
    sectors = _Sectors(ctx, paragraphs)
    for para in paragraphs:
        yield from _put_down(ctx, para, sectors)


def _put_down(ctx: ArticleContext, para: Paragraph, sectors: _Sectors) -> Iterator[Draft]:
    """The claims of one paragraph."""
    nouns = ctx.cues["repressions"]["nouns"]
    for verb, lemma, particle, kids in ctx.particle_verbs(para, "repressions", cue_words):
        if particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in kids):
            continue  # "put down" needs its "down"; "broke the record" is no repression
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in kids)
        events = [c for c in kids if c.dep_ == ("nsubjpass" if passive else "dobj")]
        events += para.conj_kids(events)
        events = [e for e in events if e.lemma_.lower() in nouns]
        if not events:
            continue
        if passive:
            doers = ctx.prep_actors(para, [verb], ("by",), deps=("agent",))
        else:
            doers = subjects_of(ctx, para, verb)
        if not doers:
            continue
        owners = [e for n in events for e in _owners(ctx, para, n, sectors)]
        if not passive:
            # the parser hangs the uprising's "by" on the verb ("suppressed protests by the
            # opposition"); an active verb has no agent of its own
            owners += ctx.prep_actors(para, [verb], ("by",))
        owners = [o for o in dict.fromkeys(owners) if o not in doers]
        if not owners:
            # "quelled a 2011 opposition uprising" with no one named as its people: the
            # uprising itself, when the article makes it an event of its own (atk41)
            yield from _put_down_event(ctx, para, verb, events, doers)
            continue
        if owners:
            trigger = Trigger(lemma, "VERB", Predicate.ATTACKED, "175")
            yield from emit(ctx, para, verb, verb, trigger, doers, owners, confidence=0.7)


def _put_down_event(
    ctx: ArticleContext, para: Paragraph, verb: Any, events: list[Any], doers: list[str]
) -> Iterator[Draft]:
    """ "Bahrain quelled a 2011 opposition uprising": the doer attacked the uprising the
    article makes an event node of (no people of it named), with the verb's status and date."""
    found = [
        e
        for n in events
        for e in ctx.ents(para, n)
        if ctx.etype_is(e, EntityType.EVENT) and e not in doers
    ]
    if not found:
        return
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    for doer in doers:
        if not ctx.etype_in(doer, ACTOR_TYPES):
            continue
        for event in dict.fromkeys(found):
            draft = ctx.draft(para, verb, doer, Predicate.ATTACKED, event, 0.7)
            yield replace(draft, status=status, date=date, cameo="175")


class _Sectors:
    """The groups of the article by sector code ("OPP": its opposition), read from every
    paragraph's names the first time a bare group noun asks."""

    def __init__(self, ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
        self._ctx, self._paragraphs = ctx, paragraphs
        self._by_code: dict[str, list[str]] | None = None

    def one(self, code: str) -> str | None:
        """The article's one group of sector ``code``, or None (none, or several)."""
        if self._by_code is None:
            by_code: dict[str, list[str]] = {}
            clusters = self._ctx.resolver.clusters
            for para in self._paragraphs:
                for label in dict.fromkeys(para.links.values()):
                    cluster = clusters.get(label)
                    sector = cluster.sector if cluster is not None else None
                    if sector is not None and label not in by_code.get(sector, []):
                        by_code.setdefault(sector, []).append(label)
            self._by_code = by_code
        found = self._by_code.get(code, [])
        return found[0] if len(found) == 1 else None


def _owners(ctx: ArticleContext, para: Paragraph, noun: Any, sectors: _Sectors) -> list[str]:
    """Who the uprising is by: after "by" or "of", its possessive owner, or a group in front
    of it ("the Green Movement protests"; not a country: "the Syrian uprising"), a bare
    group noun standing for the article's one group of its kind ("an opposition uprising")."""
    found = ctx.prep_actors(para, [noun], ("by", "of"))
    for child in para.children(noun):
        if child.dep_ == "poss":
            found += [e for e in ctx.ents(para, child) if ctx.etype_in(e, ACTOR_TYPES)]
        elif child.dep_ in ("compound", "amod", "nmod") and child.i < noun.i:
            named = ctx.ents(para, child, adjectives=True)
            if not named and child.pos_ == "NOUN":
                code = ctx.lx.actors.sector_of(child.lemma_)
                one = sectors.one(code) if code is not None else None
                named = [one] if one is not None else []
            found += [e for e in named if ctx.etype_in(e, _OWNER_TYPES)]
    return list(dict.fromkeys(found))
