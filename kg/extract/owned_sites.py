"""Sites a town owns by name: "at Karachi's Jinnah roundabout", "in Peshawar's Qissa Khwani
bazaar", "Glasgow's Emirates arena": the name and its lower-case site noun are one place, in
the town (the model seldom tags such a name, or tags its word as a person or a country)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import _emit
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.lexicon import Lexicon

# the owners whose sites these are: a town or an area, not a country ("Iraq's Baiji
# refinery" is read by ``kg.extract.places``), and the kinds a site's name must not be
_TOWNS = (EntityType.CITY, EntityType.PLACE)
_NOT_SITE_NAMES = (EntityType.GROUP, EntityType.ORGANIZATION)


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The stage's words: the site nouns (``facility_nouns``, ``site_nouns``,
    ``venue_nouns``) but the part nouns ("area": ``kg.extract.place_parts``)."""
    places = lx.words.places
    lists = places.lists
    nouns = places.facility_nouns | lists["site_nouns"] | lists["venue_nouns"]
    return nouns - lists["named_part_nouns"]


def owned_sites(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A singular lower-case site noun whose owner's "'s" comes right before a capitalised
    name hung on the noun ("Karachi 's Jinnah roundabout"), the owner a town or an area: the
    name with the noun is a place, in the owner. Not a noun the model already joined to a
    name ("Beijing's Tiananmen Square"), nor one with a people's word or an adjective in its
    name ("Baghdad's Shia mosque", "Lahore's main market")."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        noun = tokens[i]
        if not noun.is_lower or noun.tag_ in ("NNS", "NNPS") or i in para.links:
            continue
        span = _name_span(noun)
        if span is None:
            continue
        start, owner = span
        town = para.links.get(owner.i)
        if town is None or not ctx.etype_in(town, _TOWNS):
            continue
        name = para.text[tokens[start].idx : tokens[noun.i - 1].idx + len(tokens[noun.i - 1])]
        entry = ctx.lx.lookup(name)
        labels = [para.links.get(k) for k in range(start, noun.i)]
        if (entry is not None and entry.type in _NOT_SITE_NAMES) or any(
            ctx.etype_in(label, _NOT_SITE_NAMES) for label in labels if label is not None
        ):
            continue  # "Kabul's Taliban prison", "Aden's Houthi checkpoint": a body's
        text = para.text[tokens[start].idx : noun.idx + len(noun.text)]
        label = ctx.record(para, SpanMention(start, noun.i + 1, text, "FAC"), text)
        ctx.resolver.add_vote(label, EntityType.PLACE, 5)
        yield from _emit(ctx, para, noun, label, town, 0.75)


def _name_span(noun: Any) -> tuple[int, Any] | None:
    """The capitalised proper nouns right before the noun, hung on it, after an owner's "'s"
    that hangs on the noun too: ``(start of the name, the owner's last word)``, or none."""
    doc = noun.doc
    start = noun.i
    while start > noun.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == noun.i or start < noun.sent.start + 2:
        return None
    name = doc[start : noun.i]
    if any(t.ent_type_ == "NORP" or not t.text[:1].isupper() for t in name):
        return None
    case, owner = doc[start - 1], doc[start - 2]
    if case.dep_ != "case" or owner.dep_ != "poss":
        return None
    if owner.head.i == noun.i - 1 and noun.head.i != noun.i - 1 and not noun.is_sent_end:
        # "at Lahore's Liberty roundabout" parsed as "at Lahore's Liberty" and a stray
        # "roundabout": the owner's name ends where the site noun begins
        return start, owner
    if any(t.head.i < start or t.head.i > noun.i for t in name):
        return None  # the words belong to another phrase
    if owner.head.i != noun.i:
        return None
    return start, owner
