"""One unnamed member of a country's sector who acts ("a Chinese navy radio operator warned
the aircraft", found by ``kg.resolve.collectives``): a member of that country."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.names import name_words
from kg.vocab import EntityType, Predicate


def member_words(lx: Lexicon) -> Iterable[str]:
    """The job and person nouns such a member is named by (the stage's cue words)."""
    return lx.words.occupations | name_words(lx.language).person_nouns


def unnamed_members(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A person the article names only by a country's sector and a job ("a Japanese coast
    guard pilot") is ``member_of`` that country, once per paragraph."""
    seen: set[str] = set()
    for i, label in sorted(para.links.items()):
        if label in seen or not ctx.etype_is(label, EntityType.PERSON):
            continue
        cluster = ctx.resolver.clusters.get(label)
        if cluster is None or cluster.country is None or cluster.sector is None:
            continue  # a named person, or one no country's sector holds
        country = ctx.lx.country_of_iso(cluster.country)
        if country is None or not ctx.resolver.ensure(country.label, ctx.article_id):
            continue
        seen.add(label)
        yield ctx.draft(para, para.tokens[i], label, Predicate.MEMBER_OF, country.label, 0.7)
