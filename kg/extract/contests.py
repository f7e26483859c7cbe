"""Contests fought without arms (force57): "a custody battle with his ex-wife", "a legal
battle with X", "a trade war with China", "a political battle with Congress" name a battle
or war of courts, trade or politics, no attack. Fixtures (weak63): "the Bulls visit the
Heat", "Olympiacos hosted Panathinaikos" in a sport story are a game, no visit or meeting;
so is a meeting of a club its name marks ("Leeds United will host Bristol", weak64).
"""

from __future__ import annotations

import re
from typing import Any

from kg.cities import city_country
from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# the types of a club its name marks ("Porto FC", which the model may take for a person),
# and of the other side of its game (a club, a team or a town)
_CLUB_TYPES = (EntityType.ORGANIZATION, EntityType.PERSON)
_OTHER_SIDES = (EntityType.ORGANIZATION, EntityType.CITY, EntityType.PLACE)


def unarmed_contest(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """Whether a combat noun (``unarmed_contests.nouns`` of cues.json: "battle", "war") has a
    modifier in front that names an arena without arms (``modifiers``: "custody", "legal",
    "court", "trade", "political")."""
    cue = ctx.cues.get("unarmed_contests", {})
    if noun.lemma_.lower() not in cue.get("nouns", ()):
        return False
    arenas = cue.get("modifiers", ())
    return any(
        c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and c.lower_ in arenas
        for c in para.children(noun)
    )


def fixture(ctx: ArticleContext, predicate: Predicate, subject: str, obj: str) -> bool:
    """Whether a visit or a meeting (``fixtures.predicates`` of cues.json) is a game: both
    ends are sides that play (``_side``: "the Chicago Bulls", "the Miami Heat" the model
    took for a place), at most one of them a bare name the model took for a person
    ("Juventus will meet Porto"), in a story of sport (``sport_story``). Not a visit to a
    large town ("the Yankees visited Boston"), a country's ("Zimbabwe will tour Pakistan")
    nor two persons' ("Neymar met Messi")."""
    if predicate.value not in ctx.cues.get("fixtures", {}).get("predicates", ()):
        return False
    if predicate is Predicate.MET and _club_meets(ctx, subject, obj):
        return True
    sides = (_side(ctx, subject), _side(ctx, obj))
    if None in sides or sides == ("name", "name"):
        return False
    return sport_story(ctx)


def _club_meets(ctx: ArticleContext, subject: str, obj: str) -> bool:
    """A meeting of a club its name marks as one (``fixtures.club_heads``: "Manchester
    United", "Porto FC", which the model may take for a person) with another club, team or
    town ("Manchester United will host Liverpool", "Porto FC met Braga"): a game in any
    article, sport words or none. A person met stays a meeting ("X met Leeds United")."""
    heads = ctx.cues["fixtures"]["club_heads"]
    for club, other in ((subject, obj), (obj, subject)):
        named = club.split()[-1] in heads and ctx.etype_in(club, _CLUB_TYPES)
        if named and (ctx.etype_in(other, _OTHER_SIDES) or _side(ctx, other) is not None):
            return True
    return False


def _side(ctx: ArticleContext, label: str) -> str | None:
    """What makes the label a club or a team: "club", an organisation of no sector the
    gazetteer does not know ("Chicago Bulls"; not "FIFA officials" nor the White House) or a
    place it does not know that is no large town either ("Miami Heat", "Manchester City";
    not "Turin"); "name", one word the model took for a person, with no title before it
    ("Porto", "Everton"; not "Pope Francis"); else None."""
    if ctx.etype_is(label, EntityType.ORGANIZATION):
        cluster = ctx.resolver.clusters.get(label)
        plain = cluster is None or (cluster.entry is None and not cluster.sector)
        return "club" if plain else None
    if ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
        known = ctx.lx.lookup(label) is not None or city_country(label) is not None
        return None if known else "club"
    if ctx.etype_is(label, EntityType.PERSON) and len(label.split()) == 1:
        cluster = ctx.resolver.clusters.get(label)
        plain = cluster is None or (cluster.entry is None and not cluster.given)
        return "name" if plain else None
    return None


def sport_story(ctx: ArticleContext) -> bool:
    """A match report (``qualifiers.contest_report``), or an article holding a word of sport
    (``fixtures.words``, or a match report's ``contest_report.words``: "NBA", "playoffs",
    "basketball")."""
    if ctx.lead is not None and ctx.lead.contest:
        return True
    pattern = ctx.prepared(_sport_words)
    return any(pattern.search(para.text.lower()) for para in ctx.paragraphs)


def _sport_words(lx: Lexicon) -> re.Pattern[str]:
    """The words of sport as one pattern on lower-cased text (some are hyphenated or of two
    words: "semi-final", "premier league")."""
    words = {*lx.cues.get("fixtures", {}).get("words", ())}
    words |= {*lx.cues.get("contest_report", {}).get("words", ())}
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b")
