"""Datelines in title case: "Nuwakot, Nepal - Ever since ...", "Arsal, Bekaa, Lebanon - ...":
the places before the dash that opens a story are each in the one after it, down to a country
(``located_in``); a capital alone ("Beirut - ...") is in the country the story names. A wire
dateline ("KABUL (Reuters) -") and a town in capitals before its region are
kg/extract/places.py ``_dateline``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.nlp.datelines import wire_agencies
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate

_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})
_LONGEST = 4  # words of one place's name
_OTHER_TYPES = frozenset({EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The dashes that close a dateline."""
    return _DASHES


def dateline_places(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Each place of a dateline lies in the next one, the last a country the gazetteer knows;
    the first is a town, a middle one a region. Only a dateline that opens its paragraph and
    is followed by the story's first sentence (a capitalised word and a verb): "Ahmed
    Rashid, Pakistan - the writer - spoke" is no dateline, nor is "Iraq, Syria - ..." (two
    countries), "Yesterday, Pakistan - ..." or a name the gazetteer knows as a person's or a
    body's. Stories filed from a town the model does not know write it this way ("Kakuma,
    Kenya - ..."), and the town is named nowhere else with its country."""
    tokens = para.tokens
    if not tokens or not tokens[0].is_title:
        return  # (a town in capitals is ``_dateline``'s)
    edges = ctx.lx.words.places.edge_nouns
    dash = _dash(tokens, edges)
    if dash < 0 or not _story_follows(tokens, dash):
        return
    parts = _parts(tokens, dash, edges)
    if len(parts) == 1:
        yield from _lone_capital(ctx, para, parts[0])
        return
    if len(parts) < 2:
        return
    country = _country(ctx, para, parts[-1])
    if country is None:
        return
    labels = [_place(ctx, para, start, end, k == 0) for k, (start, end) in enumerate(parts[:-1])]
    if any(label is None for label in labels):
        return
    chain = [*(label for label in labels if label is not None), country]
    for (start, _), inner, outer in zip(parts, chain, chain[1:], strict=False):
        ctx.place_country.setdefault(inner, country)
        yield ctx.draft(para, tokens[start], inner, Predicate.LOCATED_IN, outer, 0.85)


def _lone_capital(ctx: ArticleContext, para: Paragraph, part: tuple[int, int]) -> Iterator[Draft]:
    """A dateline of one name, "Beirut - Nour is 20 ...": a country's capital (capitals
    data) lies in that country, when the story has named the country (its headline, mostly;
    place63). Not a capital whose country is disputed (``disputed_capitals`` in cues.json),
    nor a town that is no capital ("Ferguson - ..." says nothing of Missouri). The dateline
    is the reporter's place: a place claim only, no one's visit."""
    start, end = part
    text = _text(para, start, end)
    seat = ctx.lx.actors.seats.get(text.lower())
    if seat is None or seat.kind != "capital" or seat.org is not None:
        return
    if text.lower() in ctx.cues["disputed_capitals"]["words"]:
        return
    entry = ctx.lx.country_of_iso(seat.iso)
    if entry is None or not ctx.named_here(entry.label):
        return
    label = para.links.get(start)
    if label is None and all(k not in para.links for k in range(start, end)):
        # "Budapest - Hundreds of refugees ...": the model may tag no name before the dash
        known = ctx.lx.lookup(text)
        label = ctx.record(
            para, SpanMention(start, end, text, "GPE"), known.label if known else text
        )
    elif label is None or not _spans(para, label, start, end):
        return
    ctx.place_country.setdefault(label, entry.label)
    yield ctx.draft(para, para.tokens[start], label, Predicate.LOCATED_IN, entry.label, 0.85)


def _dash(tokens: list[Any], edges: frozenset[str]) -> int:
    """The index of the first dash, when only names, commas and an edge noun ("Britel
    outskirts, Bekaa, Lebanon -") come before it; else -1."""
    for token in tokens[: _LONGEST * 3 + 2]:
        if token.text in _DASHES:
            return int(token.i)
        if not (_name_word(token) or token.text == "," or token.lemma_.lower() in edges):
            return -1
    return -1


def _story_follows(tokens: list[Any], dash: int) -> bool:
    """The word after the dash opens a sentence (a capital letter or a quote) with a verb: a
    story, not a guest's title ("Maha Azzam, Egypt - Head of the Egyptian Council")."""
    nxt = next((t for t in tokens[dash + 1 :] if not t.is_space), None)
    if nxt is None or not (nxt.text[:1].isupper() or nxt.is_quote):
        return False
    return any(t.pos_ in ("VERB", "AUX") for t in tokens[dash + 1 :])


def _parts(tokens: list[Any], dash: int, edges: frozenset[str]) -> list[tuple[int, int]]:
    """The comma-separated names before the dash, as (start, end) token ranges, the town's
    without an edge noun after it ("Britel outskirts" is Britel's); empty when a part is not
    a short run of capitalised words ("Ramallah, occupied West Bank")."""
    parts: list[tuple[int, int]] = []
    start = 0
    for k in range(dash + 1):
        if k < dash and tokens[k].text != ",":
            continue
        end = k - 1 if not parts and k > 1 and tokens[k - 1].lemma_.lower() in edges else k
        words = tokens[start:end]
        if not 0 < len(words) <= _LONGEST or not all(_name_word(t) for t in words):
            return []
        parts.append((start, end))
        start = k + 1
    return parts


def _name_word(token: Any) -> bool:
    """A word of a place's name: capitalised ("Nuwakot", "NEPAL") or a hyphen."""
    return bool(token.tag_ == "HYPH" or (token.is_alpha and token.text[:1].isupper()))


def _text(para: Paragraph, start: int, end: int) -> str:
    """The paragraph's text of the tokens ``start``..``end``."""
    tokens = para.tokens
    return para.text[tokens[start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]


def _country(ctx: ArticleContext, para: Paragraph, part: tuple[int, int]) -> str | None:
    """The node of the dateline's last part when the gazetteer knows it as a country."""
    start, end = part
    known = ctx.lx.lookup(_text(para, start, end))
    if known is None or known.type is not EntityType.COUNTRY:
        return None
    label = para.links.get(start)
    if label is not None and all(para.links.get(k) == label for k in range(start, end)):
        return label
    return known.label if ctx.resolver.ensure(known.label, ctx.article_id) else None


def _place(ctx: ArticleContext, para: Paragraph, start: int, end: int, town: bool) -> str | None:
    """The node of a dateline's place before the country, made when the model missed it and
    typed a town (the first part) or a place (a region after it); None for a name the
    gazetteer knows as no place or as a country, or a wire agency's, or one the model linked
    past its part. The model's own type is no guide: it takes towns it does not know for
    people or bodies ("Ras Lanuf", "Arsal")."""
    text = _text(para, start, end)
    known = ctx.lx.lookup(text)
    if known is not None and (known.type is EntityType.COUNTRY or known.type in _OTHER_TYPES):
        return None
    if text.lower() in wire_agencies():
        return None  # "Reuters, Britain - ...": a credit, no town
    label = para.links.get(start)
    if label is None and all(k not in para.links for k in range(start, end)):
        if not all(_untagged_name(t) for t in para.tokens[start:end]):
            return None  # "Yesterday, Pakistan - ...": no place's name
        label = ctx.record(para, SpanMention(start, end, text, "GPE"), text)
    elif label is None or not _spans(para, label, start, end):
        return None
    kind = EntityType.CITY if town else EntityType.PLACE
    if known is None:
        ctx.resolver.add_vote(label, kind, 5)
    return label


def _spans(para: Paragraph, label: str, start: int, end: int) -> bool:
    """The mention linked to ``label`` covers the tokens ``start``..``end`` and no more (not
    "Ardal, Bekaa" as one name over two parts)."""
    links = para.links
    inside = all(links.get(k) == label for k in range(start, end))
    return inside and links.get(start - 1) != label and links.get(end) != label


def _untagged_name(token: Any) -> bool:
    """A word of a name the model did not tag: a proper noun, or an adjective it took one
    for ("Britel"), no date's or time's ("Today", "Meanwhile")."""
    return (
        token.pos_ in ("PROPN", "ADJ")
        and not token.is_stop
        and token.ent_type_ not in ("DATE", "TIME")
    ) or token.tag_ == "HYPH"
