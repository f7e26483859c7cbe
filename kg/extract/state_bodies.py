"""State bodies named with their country in front: "the Haitian Parliament", "the Kenyan
Senate", "the Nigerian Foreign Ministry" -> body member_of country (a body with its country
as owner, "Russia's Foreign Ministry", is ``roles.country_bodies``' claim)."""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import GazetteerEntry
from kg.vocab import EntityType, Predicate


def state_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of from a body's name and the country word that opens it."""
    words = ctx.lx.words.places.lists["state_body_words"]
    seen: set[str] = set()
    for token in para.tokens:
        org = para.links.get(token.i)
        if org is None or org in seen or para.links.get(token.head.i) == org:
            continue  # only the root of the mention
        if ctx.etype(org) is not EntityType.ORGANIZATION:
            continue
        cluster = ctx.resolver.clusters.get(org)
        if cluster is None or cluster.entry is not None or cluster.sector:
            continue  # a known body, or a collective actor ("the Iraqi government")
        if not words & {w.lower() for w in org.split()[1:]}:
            continue
        country = _opening_country(ctx, org)
        if country is not None and ctx.resolver.ensure(country.label, ctx.article_id):
            seen.add(org)
            yield ctx.draft(para, token, org, Predicate.MEMBER_OF, country.label, 0.7)


def _opening_country(ctx: ArticleContext, org: str) -> GazetteerEntry | None:
    """The country whose name or adjective opens the body's name ("Haitian Parliament").
    A country word outside the name ("the Chinese Foreign Ministry" read as "Foreign
    Ministry") is left alone: that name may stand for the ministries of several countries."""
    first = org.split()[0]
    entry = ctx.lx.by_demonym.get(first.lower()) or ctx.lx.lookup(first)
    return entry if entry is not None and entry.type is EntityType.COUNTRY else None
