"""Roles told by coreference: a country's title that refers back to a person the article named
("Vladimir Putin said ... The Russian president added") says that person holds the office.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import EntityType, Predicate

_ROLES = (Predicate.LEADER_OF, Predicate.MEMBER_OF)


def referred_titles(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "X has admitted ... The US president made the comments": the title of one country
    that coreference linked to a person named before it in the article yields that person's
    role over the country, with the title as written. None for a title inside the name's own
    phrase (the role stages read those), a former or deputy's title, a title owned by two
    countries, or a person the article has not yet named by name."""
    named: set[str] = set()
    for para in paras:
        links, tokens = para.links, para.tokens
        for i in para.linked():  # (the stage links no token)
            token, label = tokens[i], links[i]
            if token.pos_ == "PROPN":
                named.add(label)
                continue
            if label not in named or not ctx.etype_is(label, EntityType.PERSON):
                continue
            draft = _referred_role(ctx, para, token, label)
            if draft is not None:
                yield draft


def _referred_role(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> Draft | None:
    """The role a linked title token says ``person`` holds, or None."""
    words = _title_words(ctx, para, token)
    if words is None:
        return None
    mods = [w.lower_ for w in words[:-1]]
    keys = (" ".join([*mods[start:], token.lemma_.lower()]) for start in range(len(mods) + 1))
    predicate = next((ctx.lx.roles[k] for k in keys if k in ctx.lx.roles), None)
    if predicate not in _ROLES or token.tag_ != "NN":
        return None
    if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
        return None  # "X, Russia's president": the apposition stages read it
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ == "poss" for c in token.children
    ):
        return None
    countries = {
        para.links[c.i]
        for c in token.children
        if c.dep_ in ("amod", "compound", "poss", "nmod")
        and c.i in para.links
        and ctx.etype_is(para.links[c.i], EntityType.COUNTRY)
    }
    if len(countries) != 1:
        return None
    country = countries.pop()
    if any(
        c.subject == person and c.object == country and c.predicate in _ROLES for c in ctx.claims
    ):
        return None  # the article's own role claim says it already
    title = " ".join(w.text for w in words).lower()
    return ctx.draft(para, token, person, predicate, country, title=title, confidence=0.75)


def _title_words(ctx: ArticleContext, para: Paragraph, token: Any) -> list[Any] | None:
    """The words of the title (its unlinked modifiers before it, then the title word), or
    None for a former or a deputy's title, or one that holds the person's name."""
    words_of = ctx.lx.title_words
    stops = words_of.get("deputy_words", frozenset()) | words_of.get("former_words", frozenset())
    label = para.links[token.i]
    words: list[Any] = []
    for child in token.children:
        if child.i > token.i:
            continue
        if child.lower_ in stops:
            return None
        if child.i in para.links:
            if para.links[child.i] == label:
                return None  # "President Putin": the name's own phrase
            continue
        if child.dep_ in ("compound", "amod"):
            words.append(child)
    for near in (token.i - 1, token.i + 1):
        if 0 <= near < len(para.tokens) and para.links.get(near) == label:
            return None
    return [*sorted(words, key=lambda w: w.i), token]
