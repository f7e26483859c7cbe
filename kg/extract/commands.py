"""Commands down a state's own chain: "Prime Minister Najib Razak ordered the navy to rescue
the migrants", "the government asked the army to restore order". A leader, official or
government telling its own country's forces what to do is the state acting, not one actor
asking another (no ``requested``; CAMEO and PLOVER code requests between actors, and the
gold writes the leader's role, not a request). A request to another country's forces, or
from a body that is not that state's ("the opposition urged the army to ..."), stays."""

from __future__ import annotations

from kg.extract.context import ArticleContext, Draft
from kg.vocab import Predicate

# the sectors of a country's forces (``kg/data/sectors.json``)
_FORCES = frozenset({"MIL", "COP"})
# the roles that put a person inside the state that commands the forces
_ROLES = frozenset({Predicate.LEADER_OF, Predicate.MEMBER_OF})
# the sectors of a state body that commands: government, forces, ministries
_COMMANDING = frozenset({"GOV", "MIL", "COP", "SPY"})


def own_commands(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the requests a state's leader, official or government makes of that
    state's own forces."""
    asked = [d for d in drafts if d.predicate is Predicate.REQUESTED and d.object is not None]
    if not asked:
        return drafts
    roles = {(d.subject, d.object or "") for d in drafts if d.predicate in _ROLES}
    dropped: set[int] = set()
    for draft in asked:
        country = _forces_country(ctx, draft.object)
        if country is not None and _of_state(ctx, draft.subject, country, roles):
            dropped.add(id(draft))
    return [d for d in drafts if id(d) not in dropped] if dropped else drafts


def _forces_country(ctx: ArticleContext, label: str | None) -> str | None:
    """The country (its label) whose forces ``label`` is ("Malaysian navy"), or None."""
    return _country_of(ctx, label, _FORCES)


def _of_state(ctx: ArticleContext, subject: str, country: str, roles: set[tuple[str, str]]) -> bool:
    """``subject`` is ``country``, a commanding body of it, or a person the article gives a
    role in it."""
    if subject == country or (subject, country) in roles:
        return True
    return _country_of(ctx, subject, _COMMANDING) == country


def _country_of(ctx: ArticleContext, label: str | None, sectors: frozenset[str]) -> str | None:
    """The label of the country whose collective of one of ``sectors`` ``label`` is, or None."""
    cluster = ctx.resolver.clusters.get(label) if label is not None else None
    if cluster is None or cluster.country is None or cluster.sector not in sectors:
        return None
    entry = ctx.lx.country_of_iso(cluster.country)
    return entry.label if entry is not None else None
