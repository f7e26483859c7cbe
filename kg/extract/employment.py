"""Who works where: "Fred Demler, metals economist with Drexel Burnham Lambert", "an
executive with Titan Systems", "a professor at Queens College", "Ulf Merbold of the European
Space Agency" -> member_of. Titles with their own predicate are the role stages' work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import EntityType, Predicate


def employment(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of from a job noun in apposition, or "PERSON of ORG"."""
    for token in para.tokens:
        person = para.links.get(token.i)
        if person is None or para.links.get(token.head.i) == person:
            continue
        if ctx.etype(person) is not EntityType.PERSON:
            continue
        orgs = _orgs(ctx, para, token, ("of",))
        for noun in (c for c in token.children if c.dep_ == "appos"):
            if noun.lemma_.lower() in ctx.lx.words.occupations and noun.i not in para.links:
                orgs += _orgs(ctx, para, noun, ("with", "at", "of", "for"))
        for org in dict.fromkeys(orgs):
            yield ctx.draft(para, token, person, Predicate.MEMBER_OF, org, 0.6)


def _orgs(ctx: ArticleContext, para: Paragraph, token: Any, words: tuple[str, ...]) -> list[str]:
    return [
        org
        for org in ctx.linked_pobjs(para, token, words)
        if ctx.etype(org) is EntityType.ORGANIZATION
    ]
