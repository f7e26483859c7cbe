"""A place's country from the article's context: in a story about one country, a town it
names with no country of its own ("the port city of Valparaiso", "the town of Gaafour")
lies in that country, the one the story has been about all along."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.place_intros import town_country
from kg.vocab import EntityType, Predicate

_PLACES = (EntityType.CITY, EntityType.PLACE)


def _introduced(ctx: ArticleContext, s: Sighting) -> bool:
    """ "the port city of Valparaiso", "in the town of Kisulu": a place noun with no owner
    of its own introduces the name (not "the Black Sea city of Samsun", "Aleppo's Shaar");
    so does one after the name ("in Sylhet city")."""
    token = s.token
    if token.dep_ == "compound":
        noun = token.head  # "Sylhet city", not "the Black Sea city of Samsun"
        if any(c.dep_ in ("det", "prep") for c in noun.children):
            return False
    elif token.dep_ == "pobj" and token.head.lower_ == "of":
        noun = token.head.head
    else:
        return False
    if noun.lemma_.lower() not in ctx.lx.words.places.place_nouns:
        return False
    return not any(
        c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in s.para.links
        for c in noun.children
        if c.i != token.i
    )


def context_places(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Each city or place of an article about one country (``ArticleContext.main_country``)
    that no rule has placed yet is ``located_in`` that country, at its first mention in a
    sentence naming no other country. The country must be named in two sentences or more
    ("Sisi met officials in Cairo. Rebels seized the province of Idlib" is no story about
    Egypt that Idlib lies in). Not a place the data puts elsewhere (a capital, a
    gazetteer city), nor one only the headline names."""
    country = ctx.main_country()
    if country is None or country.iso is None:
        return
    placed = set(ctx.place_country) | {
        c.subject for c in ctx.claims if c.predicate is Predicate.LOCATED_IN
    }
    disc = Discourse(paras)
    if not _told_twice(ctx, paras, disc, country.label, country.iso):
        return  # named in one sentence only: no story about it that its places belong to
    skip = paras[0] if disc.headline else None
    done: set[str] = set()
    for s in disc.sightings:
        label = s.label
        if s.para is skip or label in done or label in placed or s.adjective:
            continue
        # the text's own test first: the corpus is asked a type only of a name a place noun
        # introduces (a record holds where another name's type is not the corpus's)
        if not _introduced(ctx, s) or not ctx.etype_in(label, _PLACES):
            continue
        if not _unknown_elsewhere(ctx, label, country.iso):
            continue
        if _other_country(ctx, disc, s, country.label, country.iso):
            continue
        done.add(label)
        yield ctx.draft(s.para, s.token, label, Predicate.LOCATED_IN, country.label, 0.55)


def _told_twice(
    ctx: ArticleContext, paras: list[Paragraph], disc: Discourse, own: str, iso: str
) -> bool:
    """Whether two sentences or more name the country: by name (also inside another name:
    "US police"), by its capital or by its demonym ("the Syrian army"). The words of the
    paragraphs are read only while fewer than two are found (perf60)."""
    sents = {
        (s.para.offset, s.para.sent_start(s.token))
        for s in disc.sightings
        if s.label == own
        or ((seat := ctx.lx.actors.seats.get(s.label.lower())) is not None and seat.iso == iso)
    }
    demonyms = ctx.lx.by_demonym
    names: dict[str, Any] = {}  # a proper noun's country entry, looked up once an article
    for para in paras:
        if len(sents) >= 2:
            return True
        poses, starts, tokens, lowers = para.poses, para.sent_starts, para.tokens, para.lowers
        # only a demonym's form or a proper noun can name it: those tokens (the paragraph's
        # word index, the tags' column), not every word of the article
        at = para.word_index
        named = {i for word in para.words if word in demonyms for i in at[word]}
        named.update([i for i, pos in enumerate(poses) if pos == "PROPN"])
        for i in named:
            entry = demonyms.get(lowers[i])
            if entry is None and poses[i] == "PROPN":
                # "India's judiciary", "US police": the name inside another's mention
                text = tokens[i].text
                if text not in names:
                    found = ctx.lx.lookup(text)
                    country = found is not None and found.type is EntityType.COUNTRY
                    names[text] = found if country else None
                entry = names[text]
            if entry is not None and entry.iso == iso:
                sents.add((para.offset, starts[i]))
    return len(sents) >= 2


def _unknown_elsewhere(ctx: ArticleContext, label: str, iso: str) -> bool:
    """The data puts ``label`` in no other country (capitals and seats, the gazetteer, the
    large cities of ``kg.cities`` by their own names: "Mosul" in a story about Syria stays
    in Iraq)."""
    seat = ctx.lx.actors.seats.get(label.lower())
    if seat is not None and seat.iso != iso:
        return False
    return town_country(ctx, label) in (None, iso)


def _other_country(ctx: ArticleContext, disc: Discourse, s: Sighting, own: str, iso: str) -> bool:
    """The sighting's sentence names a country other than the story's, not only as the
    neighbour across a border ("the state of Perlis, which borders Thailand", "a town on
    the border with Turkey"), or a place the data puts in another country ("from the
    museums of Mosul to the city of Nimrud" in a story about Syria: Nimrud may lie by
    Mosul as well; not "the London-based monitor", a modifier; fp41)."""
    return any(
        other.label != own
        and (
            (ctx.etype_is(other.label, EntityType.COUNTRY) and not _across_border(ctx, other.token))
            or (
                not other.adjective  # "the London-based observatory" names no place
                and _placed_elsewhere(ctx, other.label, iso)
            )
        )
        for other in disc.in_sentence(s.sent)
    )


def _placed_elsewhere(ctx: ArticleContext, label: str, iso: str) -> bool:
    """The data puts the place ``label`` in a country other than ``iso``: a capital or
    seat, a city or place of the gazetteer, a large city of ``kg.cities`` (whatever type
    the article gave the name: "the markets of Karachi" may be read as a body)."""
    seat = ctx.lx.actors.seats.get(label.lower())
    if seat is not None:
        return seat.iso != iso
    entry = ctx.lx.lookup(label)
    if entry is not None and entry.type not in _PLACES:
        return False
    return town_country(ctx, label) not in (None, iso)


def _across_border(ctx: ArticleContext, token: Any) -> bool:
    """The country is what a border verb or noun faces (``edge_nouns``: "borders Thailand",
    "the border with Turkey"), not whose border it is ("the border of Libya")."""
    edges = ctx.lx.words.places.edge_nouns
    head = token.head
    if head.lemma_.lower() in edges and head.pos_ == "VERB" and token.dep_ == "dobj":
        return True
    return (
        token.dep_ == "pobj"
        and head.lower_ != "of"
        and head.head.lemma_.lower() in edges
        and head.head.pos_ == "NOUN"
    )
