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
    regions = lists["admin_nouns"] | {"state"}
    inside = ctx.lx.cues["later_wards"]["inside_verbs"]
    if not any(para.hits(nouns) for para in paras):
        return
    disc = Discourse(paras)
    skip = paras[0] if disc.headline else None
    # placed already in a town or region (a country alone leaves room for the region)
    located = {
        c.subject
        for c in ctx.claims
        if c.predicate is Predicate.LOCATED_IN
        and c.object is not None
        and not ctx.etype_is(c.object, EntityType.COUNTRY)
    }
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
        earlier = disc.before(s.para, s.token, 1)
        found = {
            o.label
            for o in earlier
            if o.label != s.label
            and not o.adjective
            and not _holds(o, s)
            and (_region(ctx, o, regions) if county else ctx.etype_is(o.label, EntityType.CITY))
        }
        # "Husaybah is part of the Khaldiya district": the town lies in the ward
        found -= {o.label for o in earlier if _said_inside(o, s, inside)}
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
    county", or inside the name: "Bat Xat county"), with no owner and at most "the" before
    the name; ``None`` otherwise."""
    token = s.token
    if s.label.lower().endswith(" " + token.lower_):
        noun = token  # "Bat Xat county": the noun inside the name
    elif token.dep_ == "compound" and token.head.i == token.i + 1:
        noun = token.head
    else:
        return None
    if noun.lemma_.lower() not in nouns or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in noun.children:
        if c.i < noun.i and c.dep_ in ("poss", "nmod"):
            return None  # "Istanbul's Besiktas district": the owner's rules
        if c.dep_ == "det" and c.lower_ != "the":
            return None
    return noun


def _holds(outer: Sighting, inner: Sighting) -> bool:
    """The inner name hangs in the outer one's phrase ("the Riverside school district in
    Orange County"): the outer one lies in it, if anywhere, not it in the outer (prec61)."""
    return outer.sent == inner.sent and any(t.i == outer.token.i for t in inner.token.ancestors)


def _said_inside(outer: Sighting, inner: Sighting, verbs: list[str]) -> bool:
    """The outer name is the subject of a verb of lying somewhere (``inside_verbs``) whose
    clause holds the inner one ("Husaybah is part of the Khaldiya district", "X lies in the
    Y district"): the text places the outer name in the inner one, not the other way."""
    verb = outer.token.head
    return (
        outer.sent == inner.sent
        and outer.token.dep_ == "nsubj"
        and verb.lemma_.lower() in verbs
        and any(t.i == verb.i for t in inner.token.ancestors)
    )


def _region(ctx: ArticleContext, o: Sighting, regions: frozenset[str]) -> bool:
    """A region, no town and no country: typed as a place, or named before a region noun
    ("Lao Cai province", which the model may read as a person's name)."""
    if ctx.etype_in(o.label, (EntityType.CITY, EntityType.COUNTRY)):
        return False
    if o.label.lower().rsplit(" ", 1)[-1] in ctx.lx.words.places.lists["water_nouns"]:
        return False  # "the Guadalupe River": water, no region a county lies in
    token = o.token
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    named = any(
        t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in regions
        for t in (token.head, after)
    )
    return named or ctx.etype_is(o.label, EntityType.PLACE)


def person_read_places(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "Aid teams raced to Kampung Baru in Kedah state": a name the model read as a person's,
    gone to ("to", "into", "towards" after a verb of going: ``going_verbs`` and the
    ``motion_verbs`` cue) and itself "in" a named region (a name before a region
    noun), is a place in that region; not a name said elsewhere (a person's) (loc45)."""
    lists = ctx.lx.words.places.lists
    regions = lists["admin_nouns"] | {"state"}
    going = lists["going_verbs"] | frozenset(ctx.lx.cues["motion_verbs"]["words"])
    # the verb of going and the region noun are in the name's own paragraph
    if not any(para.hits(regions) and para.hits(going) for para in paras):
        return
    disc = Discourse(paras)
    seen: dict[str, int] = {}
    for s in disc.sightings:
        seen[s.label] = seen.get(s.label, 0) + 1
    for s in disc.sightings:
        token = s.token
        if seen[s.label] != 1 or not ctx.etype_is(s.label, EntityType.PERSON):
            continue
        if token.dep_ != "pobj" or token.head.lower_ not in ("to", "into", "towards"):
            continue
        verb = token.head.head  # a verb of going: "raced to X", not "sent a letter to X"
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in going:
            continue
        outers = {
            label
            for prep in token.children
            if prep.dep_ == "prep" and prep.lower_ == "in"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.lemma_.lower() in regions
            for c in obj.children
            if c.dep_ == "compound" and (label := s.para.links.get(c.i)) is not None
        }
        if len(outers) != 1:
            continue
        outer = outers.pop()
        if outer == s.label or ctx.etype_in(outer, (EntityType.PERSON, EntityType.COUNTRY)):
            continue
        ctx.resolver.add_vote(s.label, EntityType.PLACE, 5)
        yield ctx.draft(s.para, token, s.label, Predicate.LOCATED_IN, outer, 0.55)
