"""The state an act with no doer written is the act of (read by ``custody_passives`` and
``agentless_trials``): the country the clause places it in, else the article's own country when
the sentence names no other; writes nothing."""

from __future__ import annotations

from typing import Any

from kg.cities import city_country as large_city_country
from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Paragraph
from kg.extract.event_coref import actor_country
from kg.extract.places import city_country
from kg.extract.states import named_country
from kg.vocab import EntityType

# what a state cannot hold, try or sentence: a state or a place
NOT_HELD = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


def home_country(ctx: ArticleContext) -> Any:
    """The article's one country (``ArticleContext.main_country``) when the article names it,
    else None."""
    main = ctx.main_country()
    return main if main is not None and ctx.named_here(main.label) else None


def state_of_place(ctx: ArticleContext, para: Paragraph, nodes: list[Any]) -> str | None:
    """The country the first place named on one of ``nodes`` lies in ("arrested in Jeddah",
    "In Iran, the trial of X has begun"): the place itself if a country, else the country of
    a town the article or the data gives (``large_city_country``)."""
    for node in nodes:
        where = qualifiers.place(ctx, para, [node], set())
        if where is None:
            continue
        if ctx.etype_is(where, EntityType.COUNTRY):
            return where
        return city_country(ctx, where) or _large_city_country(ctx, where)
    return None


def _large_city_country(ctx: ArticleContext, city: str) -> str | None:
    """The country a large city lies in by the data (``kg.cities``: "arrested in Los
    Angeles" in a story naming the US), when the article names that country too."""
    return named_country(ctx, large_city_country(city, other_names=False))


def other_country(ctx: ArticleContext, para: Paragraph, token: Any, home: Any) -> bool:
    """The sentence of ``token`` names a country other than the article's own (its act may be
    that one's: "after he fled to Pakistan he was arrested")."""
    start, end = para.sent_start(token), para.sent_end(token)
    return any(
        label != home.label and ctx.etype_is(label, EntityType.COUNTRY)
        for i, label in para.links.items()
        if start <= i < end
    )


def home_state(
    ctx: ArticleContext, para: Paragraph, token: Any, home: Any, targets: list[str]
) -> tuple[str | None, list[str]]:
    """The article's own state (``home``, of ``home_country``) as the doer of ``token``'s act
    and the targets of no other known country, when the sentence names no other country;
    else None and the targets as they were."""
    if home is None or other_country(ctx, para, token, home):
        return None, targets
    return home.label, [t for t in targets if actor_country(ctx, t) in (None, home.iso)]
