"""Roles written as a list under a header: "Ministers named: Defence - X; Interior - Y",
"New cabinet secretaries: Interior – X, Defence – Y". Each entry is a portfolio, a dash and
a person's name; the header's role word gives the title ("Defence Minister") and the
country the paragraph names before it, or the article's one country, the office's owner."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.role_owners import role_of
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType

_DASHES = frozenset({"-", "–", "—"})
_SEPARATORS = frozenset({";", ","})
_HEADER = 5  # words of a header before its colon


def listed_roles(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Each "<Portfolio> - <Name>" entry after a header ending in a plural role word and a
    colon: the person holds the portfolio's office (``member_of`` its country for a
    minister)."""
    tokens = para.tokens
    for colon, token in enumerate(tokens):
        if token.text != ":" or colon == 0:
            continue
        head = _header_role(ctx, para, colon)
        if head is None:
            continue
        owner = _owner(ctx, para, colon)
        if owner is None:
            continue
        for portfolio, name in _entries(tokens, colon + 1):
            person = _person(ctx, para, name)
            if person is None:
                continue
            words = " ".join(t.text for t in portfolio)
            title = f"{words} {head.lemma_.capitalize()}"
            predicate = role_of(ctx, title)
            if predicate is None:
                continue
            ctx.name_title(para, name[0], title, person)
            yield ctx.draft(para, name[0], person, predicate, owner, title=title, confidence=0.7)


def _header_role(ctx: ArticleContext, para: Paragraph, colon: int) -> Any | None:
    """The plural role noun of the header before ``colon`` ("Ministers named",
    "New cabinet secretaries"), in the colon's sentence."""
    starts = para.sent_starts
    for k in range(colon - 1, max(-1, colon - 1 - _HEADER), -1):
        word = para.tokens[k]
        if starts[k] != starts[colon]:
            return None
        if word.tag_ in ("NNS", "NNPS") and word.lemma_.lower() in ctx.lx.roles:
            return word
    return None


def _owner(ctx: ArticleContext, para: Paragraph, colon: int) -> str | None:
    """The last country the paragraph names before the colon, or its demonym ("Nigeria's
    president swore in his cabinet. Ministers named: ...", "the new Kenyan cabinet"), else
    the article's one country."""
    for k in range(colon - 1, -1, -1):
        label = para.links.get(k)
        if label is not None and ctx.etype_is(label, EntityType.COUNTRY):
            return label
        entry = ctx.lx.by_demonym.get(para.tokens[k].lower_)
        if entry is not None and entry.iso:  # "the new Kenyan cabinet"
            return entry.label
    country = ctx.main_country()
    return country.label if country is not None else None


def _entries(tokens: list[Any], start: int) -> Iterator[tuple[list[Any], list[Any]]]:
    """(portfolio words, name words) of each "<Portfolio> - <Name>" entry from ``start``
    up to the end of the list (a full stop or a closing word)."""
    entry: list[Any] = []
    for t in [*tokens[start:], None]:
        if t is None or t.text in _SEPARATORS or t.text == ".":
            found = _split(entry)
            if found is not None:
                yield found
            if t is None or t.text == ".":
                return
            entry = []
        else:
            entry.append(t)


def _split(entry: list[Any]) -> tuple[list[Any], list[Any]] | None:
    dash = next((k for k, t in enumerate(entry) if t.text in _DASHES), None)
    if dash is None:
        return None
    portfolio, name = entry[:dash], entry[dash + 1 :]
    if not 1 <= len(portfolio) <= 3 or not 2 <= len(name) <= 4:
        return None
    if not all(t.is_alpha and t.text[:1].isupper() for t in portfolio + name):
        return None
    return portfolio, name


def _person(ctx: ArticleContext, para: Paragraph, name: list[Any]) -> str | None:
    """The person the entry names: the name's entity when the model read it as one, else
    the words recorded as a person's name."""
    label = para.links.get(name[-1].i)
    if label is not None and all(para.links.get(t.i) == label for t in name):
        return label if ctx.etype_is(label, EntityType.PERSON) else None
    text = para.text[name[0].idx : name[-1].idx + len(name[-1].text)]
    ctx.record(para, SpanMention(name[0].i, name[-1].i + 1, text, "PERSON"), text)
    return text if ctx.etype_is(text, EntityType.PERSON) else None
