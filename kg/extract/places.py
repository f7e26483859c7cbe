"""Places: "City, Country", capitals, regions after towns, and where organisations are."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve import PLACE_TYPES
from kg.vocab import EntityType, Predicate

_PLACE_NOUNS = {
    "capital": EntityType.CITY,
    "city": EntityType.CITY,
    "town": EntityType.CITY,
    "village": EntityType.CITY,
    "port": EntityType.CITY,
    "suburb": EntityType.CITY,
    "island": EntityType.PLACE,
    "region": EntityType.PLACE,
    "province": EntityType.PLACE,
    "district": EntityType.PLACE,
    "state": EntityType.PLACE,
    "nation": EntityType.COUNTRY,
    "country": EntityType.COUNTRY,
}


def located_in(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Geneva, Switzerland" -> Geneva located_in Switzerland."""
    tokens = para.tokens
    for token in tokens[:-2]:
        label = para.links.get(token.i)
        if label is None or para.links.get(token.i + 1) == label:
            continue
        if tokens[token.i + 1].text != ",":
            continue
        country = para.links.get(token.i + 2)
        if country is None or country == label:
            continue
        inner, outer = ctx.etype(label), ctx.etype(country)
        if inner not in (EntityType.CITY, EntityType.PLACE):
            continue
        if outer is EntityType.COUNTRY:
            ctx.place_country[label] = country
            yield ctx.draft(para, token, label, Predicate.LOCATED_IN, country, 0.9)
        elif outer in (EntityType.CITY, EntityType.PLACE) and _closes(
            ctx, para, country, token.i + 2
        ):
            # "Aiken, S.C." / "Pasadena, Calif.": a region after a town, not a list
            yield ctx.draft(para, token, label, Predicate.LOCATED_IN, country, 0.7)
    yield from _capital_of(ctx, para)
    yield from _place_in(ctx, para)
    yield from _based_in(ctx, para)


def _based_in(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Where an organisation is: "Israel's Labor Party", "the Soviet Navy", "Acme Corp. of
    Boston", "a Paris-based bank", "the agency, based in Geneva"."""
    seen: set[str] = set()
    for token in para.tokens:
        org = para.links.get(token.i)
        if org is None or org in seen or ctx.etype(org) is not EntityType.ORGANIZATION:
            continue
        if token.head.i in para.links and para.links[token.head.i] == org:
            continue  # only the root of the mention
        places = [
            para.links[c.i]
            for c in token.children
            if c.dep_ in ("poss", "compound", "amod")
            and c.i in para.links
            # "Russia's Foreign Ministry", "Lebanon's Hezbollah": a body of the country, not
            # a claim about where it is (see roles.country_bodies)
            and ctx.etype(para.links[c.i]) is not EntityType.COUNTRY
            and not _capital_body(ctx, para.links[c.i], org)
        ]
        places += ctx.linked_pobjs(para, token, ("of",))
        for child in token.children:
            if child.lemma_.lower() == "base":  # "the agency, based in Geneva"
                places += ctx.linked_pobjs(para, child, ("in",))
        for where in dict.fromkeys(places):
            if where != org and ctx.etype(where) in PLACE_TYPES:
                seen.add(org)
                yield ctx.draft(para, token, org, Predicate.LOCATED_IN, where, 0.6)


def _capital_body(ctx: ArticleContext, place: str, org: str) -> bool:
    """ "Seoul's National Intelligence Service": a capital in front of a state body stands
    for its country (roles.country_bodies), it does not say where the body is."""
    words = {w.lower() for w in org.split()}
    return place.lower() in ctx.lx.actors.seats and bool(
        words & {"ministry", "agency", "service", "council", "office", "department"}
    )


def _closes(ctx: ArticleContext, para: Paragraph, label: str, start: int) -> bool:
    """The mention starting at ``start`` ends its phrase (no list continues after it)."""
    end = start
    while end < len(para.tokens) and para.links.get(end) == label:
        end += 1
    if end >= len(para.tokens):
        return True
    after = para.tokens[end]
    if after.lower_ in ("and", "or"):
        return False
    if after.text == "," and end + 1 < len(para.tokens):
        return para.links.get(end + 1) is None and para.tokens[end + 1].lower_ not in (
            "and",
            "or",
        )
    return True


def _capital_of(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Yerevan, the capital of Armenia", "Madagascar, an island nation in the Indian
    Ocean" -> located_in. Being "the capital of" a place makes an entity a city (or a
    country, for "nation"), whatever the model said."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is None:
            continue
        for appos in token.children:
            kind = _PLACE_NOUNS.get(appos.lemma_.lower())
            if appos.dep_ != "appos" or kind is None:
                continue
            for prep in appos.children:
                if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                    for pobj in prep.children:
                        outer = para.links.get(pobj.i)
                        if outer and outer != label and ctx.etype(outer) in PLACE_TYPES:
                            ctx.resolver.add_vote(label, kind, 5)
                            yield ctx.draft(para, token, label, Predicate.LOCATED_IN, outer, 0.85)


def _place_in(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A named place inside another: "the Palace of Fine Arts, in San Francisco",
    "Beijing's Tiananmen Square", "the Sahara desert in Africa"."""
    for token in para.tokens:
        label = para.links.get(token.i)
        if label is None or ctx.etype(label) is not EntityType.PLACE:
            continue
        if para.links.get(token.head.i) == label:
            continue  # only the root of the mention
        outers = [para.links[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.links]
        outers += ctx.linked_pobjs(para, token, ("in",))
        for outer in dict.fromkeys(outers):
            if outer != label and ctx.etype(outer) in PLACE_TYPES:
                yield ctx.draft(para, token, label, Predicate.LOCATED_IN, outer, 0.7)
