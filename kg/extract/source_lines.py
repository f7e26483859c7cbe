"""Monitoring-service source lines: "LD2804174994 Moscow INTERFAX in English 1601 GMT 28 Apr
94", "Havana Radio Reloj Network in Spanish", "Sofia BTA", "Moscow ITAR-TASS", "Beirut
Radio Lebanon" (a large city's broadcaster, alone on its line). The line names where the
broadcaster or paper is based: its town, then its name, then the language of the text
-> source located_in town. Word lists are data (``places.json``, keys ``source_*``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.cities import city_country
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate

# a monitoring service's item code: letters and at least six digits ("LD2804174994",
# "94WD0125D", "944E0738B")
_CODE = re.compile(r"^(?=(?:\D*\d){6})(?=.*[A-Z])[A-Z0-9]{8,}$")
_CODE_RUN = re.compile(r"[A-Z0-9]{8}")  # where a code can be (a token's text is the text's)
_LONGEST = 40  # tokens of a headline with its source line
_MOST_WORDS = 9  # words of a source line's town and name


def source_lines(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A source line's broadcaster or paper located_in the town it names."""
    tokens = para.tokens
    if len(tokens) > _LONGEST:
        return  # a paragraph of prose, not a headline and its source line
    # (a code is 8 ASCII characters or more: shorter words are passed over on the columns,
    # and a paragraph whose text has no 8 capitals or digits in a row has none)
    codes = (
        [i for i, w in enumerate(para.lowers) if len(w) >= 8 and _CODE.match(tokens[i].text)]
        if _CODE_RUN.search(para.text)
        else []
    )
    start = codes[0] + 1 if codes else 0
    found = _parse(ctx.lx.words.places.lists, tokens, start, bool(codes))
    if found is None:
        return
    place_end, name_end = found
    place = _mention(ctx, para, start, place_end, "GPE", EntityType.CITY)
    source = _mention(ctx, para, place_end, name_end, "ORG", EntityType.ORGANIZATION)
    yield ctx.draft(para, tokens[place_end], source, Predicate.LOCATED_IN, place, 0.85)


def _parse(
    words: dict[str, frozenset[str]], tokens: list[Any], start: int, coded: bool
) -> tuple[int, int] | None:
    """(end of the town, end of the name) of a source line from ``start``: the name runs to
    "in <Language>" or to the line's end. A line with no item code must be the whole
    paragraph and either give the language and a time or date ("Kampala Radio Uganda in
    English 1700 GMT"), name its source in capitals ("Moscow ITAR-TASS") or be a large city's
    broadcaster with no verb ("Beirut Radio Lebanon", ``_bare_line``)."""
    end = len(tokens)
    while end > start and tokens[end - 1].is_punct:
        end -= 1
    # the line's first two words are its town's (or a connector), whatever its end: a
    # paragraph that starts "The army said" is no line, without looking for its language
    connectors = words["source_place_connectors"]
    if end - start < 2 or not all(
        _capitalised(t) or t.lower_ in connectors for t in tokens[start : start + 2]
    ):
        return None
    # a language named past the line's tenth word leaves it too long (below): not looked for
    preps = words["source_language_preps"]
    language = next(
        (
            t.i
            for t in tokens[start + 2 : min(end - 1, start + _MOST_WORDS + 1)]
            if t.lower_ in preps and _capitalised(tokens[t.i + 1])
        ),
        None,
    )
    if language is not None:
        end = language
        dated = any(t.like_num for t in tokens[language + 2 : language + 4])
        if not coded and not dated:
            return None
    if end - start < 2 or end - start > _MOST_WORDS:
        return None
    if not all(_capitalised(t) or t.lower_ in connectors or _joiner(t) for t in tokens[start:end]):
        return None
    capitals = [t.i for t in tokens[start + 1 : end] if _capitals(t)]
    if capitals and all(_capitals(t) or t.is_punct for t in tokens[capitals[0] : end]):
        place_end = capitals[0]
    elif any(t.lower_ in words["source_broadcaster_words"] for t in tokens[start + 1 : end]):
        place_end = start + 1
        if tokens[place_end].lower_ in words["source_place_suffixes"]:
            place_end += 1  # "Guatemala City Teleonce Television"
    else:
        return None
    if place_end - start > 4 or place_end >= end or _capitals(tokens[start]):
        return None
    if not coded and language is None and not capitals and not _bare_line(tokens, start, place_end):
        return None
    return place_end, end


def _joiner(token: Any) -> bool:
    """A hyphen inside a name, with no space on either side ("ITAR-TASS", "N-TV",
    "Kanal-6"): the tokenizer cuts the name there, the line has the one name."""
    return (
        token.text == "-"
        and token.i > 0
        and not token.whitespace_
        and not token.nbor(-1).whitespace_
    )


def _bare_line(tokens: list[Any], start: int, place_end: int) -> bool:
    """A line with no item code, no language and no name in capitals is a source line still
    when its town is a large city (``kg.cities``) and it has no verb: "Havana Radio Rebelde
    Network", "Beirut Radio Lebanon" (a broadcaster word names the source); not "Havana
    Radio Network Expands"."""
    town = " ".join(t.text for t in tokens[start:place_end])
    return city_country(town) is not None and not any(t.pos_ in ("VERB", "AUX") for t in tokens)


def _capitalised(token: Any) -> bool:
    return bool(token.text[:1].isupper())


def _capitals(token: Any) -> bool:
    """A word in capitals, as monitoring services print a paper's or agency's name
    ("INTERFAX", "O GLOBO", "N-TV")."""
    return bool(token.text.isupper()) and any(c.isalpha() for c in token.text)


def _mention(
    ctx: ArticleContext, para: Paragraph, start: int, end: int, label: str, kind: EntityType
) -> str:
    """The entity the tokens name, recorded when the model missed it or ran it into its
    neighbour ("Guatemala City Teleonce Television" as one name)."""
    own = {para.links.get(i) for i in range(start, end)}
    if len(own) == 1 and None not in own:
        existing = next(label for label in own if label is not None)
        if {i for i, lab in para.links.items() if lab == existing} == set(range(start, end)):
            ctx.resolver.add_vote(existing, kind, 5)
            return existing
    first, last = para.tokens[start], para.tokens[end - 1]
    text = para.text[first.idx : last.idx + len(last.text)]
    ctx.record(para, SpanMention(start, end, text, label), text)
    recorded = para.links[start]
    ctx.resolver.add_vote(recorded, kind, 5)
    return recorded
