"""State bodies named with their country: "the US Office of the Director of National
Intelligence", "US Special Operations Forces", "the Israeli government's Custodian of Absentee
Property" -> ``member_of`` the country. The head words are data (``named_state_bodies`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import GazetteerEntry, Lexicon
from kg.vocab import EntityType, Predicate

# the sector of a country's government collective ("the Israeli government")
_GOVERNMENT = "GOV"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The head words of a state body ("office", "forces", "ministry") and the owners'
    ("government")."""
    table = lx.cues["named_state_bodies"]
    return [*table["heads"], *table["owners"]]


def state_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of claims of a named body to the country its name or its owner gives."""
    table = ctx.cues["named_state_bodies"]
    heads, owners = frozenset(table["heads"]), frozenset(table["owners"])
    not_words, before_words = frozenset(table["not_words"]), frozenset(table["before_words"])
    links, tokens = para.links, para.tokens
    seen: set[str] = set()
    for i in para.hits(ctx.word_set(cue_words)):
        owned = tokens[i].lower_ in owners and i + 2 < len(tokens) and _possessive(tokens[i + 1])
        at = i + 2 if owned else i  # "the Israeli government's Custodian ...": the body after
        org = links.get(at)
        if org is None or org in seen or (org == links.get(i) and owned):
            continue
        if not _named_body(ctx, org):
            continue
        span = _mention(para, at, org)
        if any(t.lower_ in not_words for t in span):
            continue  # "the Kosovo Liberation Army": an armed movement's name
        if owned:
            country = _owning_government(ctx, para, tokens[i], span)
        elif span[0].i and tokens[span[0].i - 1].lower_ in before_words:
            continue  # "the ethnic Albanian Kosovo Liberation Army": a people's, no state's
        else:
            country = _country_in_name(ctx, span, heads, frozenset(table["body_words"]))
        if country is None or not ctx.resolver.ensure(country, ctx.article_id):
            continue
        seen.add(org)
        yield ctx.draft(para, tokens[i], org, Predicate.MEMBER_OF, country, 0.7)


def _named_body(ctx: ArticleContext, org: str) -> bool:
    """A named organisation of no sector and no country the resolver gave it: a country's
    collective or generic body ("the Kenyan health ministry") is ``country_bodies``'s, a
    group ("Syrian Democratic Forces", a rebel alliance) no state's."""
    if not ctx.etype_is(org, EntityType.ORGANIZATION):
        return False
    cluster = ctx.resolver.clusters.get(org)
    if cluster is not None and (cluster.sector or cluster.country):
        return False
    entry = ctx.lx.lookup(org)
    return entry is None or (entry.sector is None and entry.country is None)


def _mention(para: Paragraph, i: int, org: str) -> list[Any]:
    """The tokens of the mention of ``org`` that token ``i`` is in."""
    start, end = para.name_start(i, org), para.name_end(i, org)
    return list(para.tokens[start : end + 1])


def _country_in_name(
    ctx: ArticleContext, span: list[Any], heads: frozenset[str], bodies: frozenset[str]
) -> str | None:
    """The country whose name or adjective opens the body's name ("US", "Israeli", "South
    Korean") when the name's head (its last word before "of", "for" or "on", or its last) is
    a state body's and at least two words follow the country ("US Special Operations Forces";
    "the Lebanese Forces" is a party's name), and no word before the head names another body
    (``bodies``: "the Greek Orthodox Church Office" is a church's)."""
    openers = frozenset(ctx.cues["named_state_bodies"]["openers"])
    words = [t for t in span if t.lower_ != "the"]
    if words and words[-1].lower_ in openers:
        return None  # a name the model cut after its opener ("the US Commission on")
    for cut in (2, 1):
        if len(words) < cut + 2:
            continue
        entry = _country(ctx, " ".join(t.text for t in words[:cut]))
        if entry is None:
            continue
        rest = words[cut:]
        before_of = next((k for k, t in enumerate(rest) if t.lower_ in openers), len(rest))
        if before_of == 0 or rest[before_of - 1].lower_ not in heads:
            return None
        if any(t.lower_ in bodies for t in rest[: before_of - 1]):
            return None  # "the Indian Cricket Board Office": another body's office
        if any(t.ent_type_ in ("GPE", "NORP") for t in rest):
            return None  # another country's body in the name ("US Embassy in Kenya")
        return entry.label
    return None


def _possessive(token: Any) -> bool:
    return token.lower_ in ("'s", "’s")


def _owning_government(
    ctx: ArticleContext, para: Paragraph, owner_word: Any, span: list[Any]
) -> str | None:
    """The country whose government owns the body ("the Israeli government's Custodian of
    Absentee Property", "the Chinese government's news agency"): the possessive right before
    the name is a country's government collective."""
    owner = para.links.get(owner_word.i)
    if owner is None or span[0].i != owner_word.i + 2:
        return None
    cluster = ctx.resolver.clusters.get(owner)
    if cluster is None or cluster.sector != _GOVERNMENT or not cluster.country:
        return None
    entry = ctx.lx.country_of_iso(cluster.country)
    return None if entry is None else entry.label


def _country(ctx: ArticleContext, text: str) -> GazetteerEntry | None:
    entry = ctx.lx.by_demonym.get(text.lower()) or ctx.lx.lookup(text)
    if entry is None or entry.type is not EntityType.COUNTRY:
        return None
    return entry
