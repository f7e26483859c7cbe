"""Members given as examples: "EU member states such as Britain", "NATO member countries,
including Poland and Romania": each country named after an example word is a member of the
organisation whose members the noun names (titles.json ``member_state_nouns``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# how many paragraphs back the organisation of a bare "member states" may be named
_BACK = 3


def member_words(lx: Lexicon) -> frozenset[str]:
    """The first words of the member nouns ("member" of "member state"): the stage's cues."""
    return frozenset(p.split()[0] for p in lx.title_words.get("member_state_nouns", ()))


def member_examples(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "powerful member states such as Britain": each country the example names is a member
    of the organisation the noun is of: its own modifier ("EU member states", "the bloc's
    member states"), its "of" ("member states of NATO"), or else the organisation named
    last in this paragraph or the few before it. No organisation, no claim."""
    phrases = [p.split() for p in ctx.lx.title_words.get("member_state_nouns", ())]
    lowers = para.lowers
    for noun in para.tokens:
        lemma = noun.lemma_.lower()
        phrase = next(
            (p for p in phrases if p[-1] == lemma and _words_before(lowers, noun.i, p[:-1])),
            None,
        )
        if phrase is None:
            continue
        examples = _examples(ctx, para, noun)
        if not examples:
            continue
        org = _owner(ctx, para, noun, len(phrase))
        if org is None:
            continue
        for token, country in examples:
            if country != org:
                yield ctx.draft(para, token, country, Predicate.MEMBER_OF, org, confidence=0.8)


def _words_before(lowers: list[str], i: int, words: list[str]) -> bool:
    """Whether ``words`` are written right before token ``i``."""
    start = i - len(words)
    return start >= 0 and lowers[start:i] == words


def _examples(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[tuple[Any, str]]:
    """The countries named after an example word right after the noun ("such as X and
    Y", ", including X"), each with its token."""
    preps = sorted(ctx.lx.title_words.get("example_preps", ()), key=len, reverse=True)
    lowers, tokens = para.lowers, para.tokens
    i = noun.i + 1
    if i < len(lowers) and lowers[i] == ",":
        i += 1
    width = next(
        (len(p.split()) for p in preps if lowers[i : i + len(p.split())] == p.split()),
        0,
    )
    if width == 0:
        return []
    out: list[tuple[Any, str]] = []
    sent_end = noun.sent.end
    for j in range(i + width, sent_end):
        token = tokens[j]
        label = para.links.get(j)
        if label is not None:
            if ctx.etype_is(label, EntityType.COUNTRY):
                if all(label != c for _, c in out):
                    out.append((token, label))
                continue
            break  # "such as Britain and the UN": the list turns to something else
        if lowers[j] in (",", "and", "or", "the") or token.pos_ in ("ADJ", "DET"):
            continue
        if out and token.pos_ in ("NOUN", "PROPN"):
            continue  # "Britain and the eastern Europeans": a group, not a country
        break
    return out


def _owner(ctx: ArticleContext, para: Paragraph, noun: Any, width: int) -> str | None:
    """The organisation whose members the noun names."""
    start = noun.i - width + 1
    for token in para.tokens[noun.sent.start : start][::-1]:
        label = para.links.get(token.i)
        if label is not None:
            if token.i >= start - 3:
                return _organisation(ctx, label, token)  # "EU member states"
            break
        if token.pos_ not in ("ADJ", "DET", "PART", "ADV"):
            break
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for obj in child.children:
                label = para.links.get(obj.i)
                if label is not None and ctx.etype_is(label, EntityType.ORGANIZATION):
                    return label
    return _named_before(ctx, para, noun.i)


def _organisation(ctx: ArticleContext, label: str, token: Any) -> str | None:
    """The organisation a modifier names: its link, or, when the parser's group took the
    whole phrase ("NATO member countries"), the organisation its own word names."""
    if ctx.etype_is(label, EntityType.ORGANIZATION):
        return label
    entry = ctx.lx.lookup(token.text)
    if entry is None or entry.type is not EntityType.ORGANIZATION:
        return None
    return entry.label if ctx.resolver.ensure(entry.label, ctx.article_id) else None


def _named_before(ctx: ArticleContext, para: Paragraph, end: int) -> str | None:
    """The organisation linked last before token ``end`` of ``para``, or in the few
    paragraphs before it."""
    paras = ctx.paragraphs
    at = next((k for k, p in enumerate(paras) if p is para), None)
    chain = [para] if at is None else [paras[k] for k in range(at, max(-1, at - _BACK - 1), -1)]
    for k, each in enumerate(chain):
        limit = end if k == 0 else len(each.tokens)
        for i in sorted((i for i in each.links if i < limit), reverse=True):
            label = each.links[i]
            if ctx.etype_is(label, EntityType.ORGANIZATION):
                return label
    return None
