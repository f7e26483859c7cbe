"""Where a state's mission is: "the US embassy in Nairobi", "the French embassy in Tripoli",
"outside the US embassy in Burundi's capital": the embassy (a node of its own, owned by its
state, which the facility rules leave to its owner) lies in the place after "in" (role50)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.places import place_in
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate


def mission_words(lx: Lexicon) -> frozenset[str]:
    """The nouns of a state's missions (cues.json ``mission_seats``): the stage's cues."""
    return frozenset(lx.cues["mission_seats"]["nouns"])


def mission_seats(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "the US embassy in Nairobi": an embassy or consulate node, at the head of its
    mention, is ``located_in`` the named place of the "in" phrase it heads or that follows
    it ("protests outside the French embassy in the capital, Tunis"); a capital named by its
    country ("in Kenya's capital") is the city the article names for it. Not the mission's
    own country ("the US embassy in the United States" tells nothing)."""
    nouns = ctx.lx.cues["mission_seats"]["nouns"]
    links = para.links
    for token in para.tokens:
        if token.lemma_.lower() not in nouns or token.pos_ != "NOUN":
            continue
        label = links.get(token.i)
        if label is None or links.get(token.head.i) == label:
            continue
        if not ctx.etype_in(label, (EntityType.ORGANIZATION,)):
            continue
        place = place_in(ctx, para, [*token.children, *_next_prep(para, token)])
        if place is None or place == label or _owner_country(ctx, para, token, label) == place:
            continue
        yield ctx.draft(para, token, label, Predicate.LOCATED_IN, place, 0.75)


def _next_prep(para: Paragraph, token: Any) -> list[Any]:
    """The "in" right after the mission's phrase when the parser hung it on the verb
    ("gathered outside the US embassy in Nairobi")."""
    end = token.right_edge.i + 1
    if end < len(para.tokens) and para.tokens[end].dep_ == "prep":
        return [para.tokens[end]]
    return []


def _owner_country(ctx: ArticleContext, para: Paragraph, token: Any, label: str) -> str | None:
    """The country the mission's own words name ("US" of "the US embassy")."""
    for t in token.subtree:
        if t.i < token.i and para.links.get(t.i) not in (None, label):
            owner = para.links[t.i]
            if ctx.etype_is(owner, EntityType.COUNTRY):
                return owner
    return None
