"""A part of a place named after the place: "Police clashed with protesters in Ankara on
Monday. A reporter in the central Cankaya district saw ...", "Floods hit China's Guangdong
province. Those killed in Huaiji county ...". A name before a ward noun ("the X district",
"X neighbourhood") with no container of its own lies in the one town named before it in its
sentence or the sentence before; a name before a county noun lies in the one region (no town,
no country) named there. Two candidates, or none, give nothing (loc45)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.place_intros import _own_container, _same_country
from kg.vocab import EntityType, Predicate

_NAMED = (EntityType.CITY, EntityType.PLACE)


def later_wards(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield ``located_in`` from each ward (or county) named with its noun and no container
    of its own to the one town (or region) the text named just before it."""
    lists = ctx.lx.words.places.lists
    wards, counties = lists["later_ward_nouns"], lists["later_county_nouns"]
    nouns = wards | counties
    if not any(para.hits(nouns) for para in paras):
        return
    disc = Discourse(paras)
    skip = paras[0] if disc.headline else None
    located = {c.subject for c in ctx.claims if c.predicate is Predicate.LOCATED_IN}
    done: set[str] = set()
    for s in disc.sightings:
        if s.para is skip or s.label in done or s.label in located:
            continue
        if not ctx.etype_in(s.label, _NAMED) or s.adjective:
            continue
        noun = _ward_noun(s, nouns)
        if noun is None or _own_container(disc, s, noun):
            continue
        county = noun.lemma_.lower() in counties
        kind = (EntityType.PLACE,) if county else (EntityType.CITY,)
        found = {
            o.label
            for o in disc.before(s.para, s.token, 1)
            if o.label != s.label and not o.adjective and ctx.etype_in(o.label, kind)
        }
        if len(found) != 1:
            continue
        outer = found.pop()
        if outer.lower() in s.label.lower() or s.label.lower() in outer.lower():
            continue  # "Idlib province ... the Idlib district": a name of the same place
        if not _same_country(ctx, s.label, outer) or ctx.lx.lookup(s.label) is not None:
            continue  # a town the data knows is no ward of another
        done.add(s.label)
        yield ctx.draft(s.para, s.token, s.label, Predicate.LOCATED_IN, outer, 0.55)


def _ward_noun(s: Sighting, nouns: frozenset[str]) -> Any:
    """The ward or county noun right after the name ("the Cankaya district", "in Huaiji
    county"), with at most "the" and lower-case words before the name; ``None`` otherwise."""
    token = s.token
    if token.dep_ != "compound":
        return None
    noun = token.head
    if noun.lemma_.lower() not in nouns or noun.i != token.i + 1 or noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("poss", "nmod"):
            return None  # "Istanbul's Besiktas district": the owner's rules
        if c.dep_ == "det" and c.lower_ != "the":
            return None
    return noun
