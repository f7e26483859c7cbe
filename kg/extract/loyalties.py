"""Sides named by their loyalty: "troops loyal to former president X", "X loyalists", "pro-X
fighters" -> the side (one group node of its article, ``kg.resolve.sides``) supported the
leader it is loyal to (PLOVER SUPPORT); a side named by its opposition ("the anti-EU UK
Independence Party", "Lebanon's anti-Hezbollah bloc", "anti-government activists")
criticized the one it is against (PLOVER ACCUSE). The words are data (``loyalty_words`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.bodies import HYPHENS
from kg.vocab import EntityType, Predicate

_CAMEO = "050"  # CAMEO "engage in diplomatic cooperation", PLOVER SUPPORT
_ANTI_CAMEO = "111"  # CAMEO "criticize or denounce", PLOVER ACCUSE


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The loyalty words ("loyal", "loyalists") and the prefixes ("pro", "anti")."""
    cues = lx.cues["loyalty_words"]
    words: list[str] = cues["words"]
    return [*words, cues["pro_prefix"], cues["anti_prefix"], cues["allied_word"]]


def loyalties(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from a side to the leader its loyalty word names."""
    tokens = para.tokens
    prefix = ctx.cues["loyalty_words"]["pro_prefix"]
    anti = ctx.cues["loyalty_words"]["anti_prefix"]
    for i in para.hits(ctx.word_set(cue_words)):
        word = tokens[i]
        if word.lower_ == prefix:
            yield from _pro_side(ctx, para, word, Predicate.SUPPORTED, _CAMEO)
            continue
        if word.lower_ == anti:
            yield from _pro_side(ctx, para, word, Predicate.CRITICIZED, _ANTI_CAMEO)
            continue
        if word.lower_ == ctx.cues["loyalty_words"]["allied_word"]:
            yield from _allied_side(ctx, para, word, prefix)
            continue
        if word.pos_ == "ADJ":
            # "fighters loyal to X" however the parser hung "loyal" ("rebels and fighters
            # loyal to X": on "rebels")
            sides = [word.head, tokens[i - 1]] if i else [word.head]
            leaders = _loyal_to(para, word, ctx.lx.actors.former_words)
        else:
            sides, leaders = [word], _owner(ctx, para, word)
        side = next(
            (s for t in sides if (s := para.links.get(t.i)) and _named_by(s, word, prefix)),
            None,
        )
        if side is None or not ctx.etype_is(side, EntityType.GROUP):
            # only a side named by this loyalty ("troops loyal to X"): the armed group a
            # bare "fighters" stands for, or a parse that hangs "loyal" on another noun,
            # is not loyal to X
            continue
        for leader in leaders:
            # a person's side; "militants loyal to <group>" are the group's own people
            if leader != side and ctx.etype_is(leader, EntityType.PERSON):
                draft = ctx.draft(para, word, side, Predicate.SUPPORTED, leader, 0.7)
                yield replace(draft, cameo=_CAMEO)


def _allied_side(ctx: ArticleContext, para: Paragraph, word: Any, prefix: str) -> Iterator[Draft]:
    """ "Houthi rebels and allied army units": the side ``kg.resolve.sides`` names
    "pro-Houthi army units" supported the group written before "and" (only a side so named:
    "government and allied forces" is none)."""
    if word.i < 2:
        return
    side = para.links.get(word.i)
    group = para.links.get(word.i - 2) or para.links.get(word.i - 3)
    if side is None or not side.startswith(f"{prefix}-"):
        yield from _allied_conjunct(ctx, para, word)
        return
    if group is None or side == group:
        return
    if ctx.etype_is(side, EntityType.GROUP) and ctx.etype_in(group, _SIDE_TYPES):
        draft = ctx.draft(para, word, side, Predicate.SUPPORTED, group, 0.7)
        yield replace(draft, cameo=_CAMEO)


def _allied_conjunct(ctx: ArticleContext, para: Paragraph, word: Any) -> Iterator[Draft]:
    """ "Syrian troops and allied Hezbollah fighters", "troops and allied Shia militiamen":
    an actor of its own name after "and allied" supported the one it is coordinated with
    (a bare "allied forces" names no actor, so "government and allied forces" gives none)."""
    tokens = para.tokens
    if tokens[word.i - 1].lower_ != "and" or word.i + 1 >= len(tokens):
        return
    # by position, as the parser hangs "allied" as an adjective, a verb or a conjunct
    side = para.links.get(word.i + 1)
    if side is None and word.i + 2 < len(tokens):
        side = para.links.get(word.i + 2)
    first = para.links.get(word.i - 2)
    if side is None or first is None or side == first:
        return
    if ctx.etype_in(side, _SIDE_TYPES) and ctx.etype_in(first, _SIDE_TYPES):
        draft = ctx.draft(para, word, side, Predicate.SUPPORTED, first, 0.7)
        yield replace(draft, cameo=_CAMEO)


def _named_by(side: str, word: Any, prefix: str) -> bool:
    """Whether a side's label names it by this loyalty word ("Saleh loyalists") or by the
    "pro-X" short form ``kg.resolve.sides`` gives "<noun> loyal to X" ("pro-Saleh forces")."""
    label = side.lower()
    return word.lower_ in label or label.startswith(f"{prefix}-")


def _loyal_to(para: Paragraph, word: Any, former: frozenset[str]) -> list[str]:
    """The actor after "loyal to": the first name in the words after "to" ("to former
    president X", "to the former president, X", "to ousted President X": a participle of
    ``former`` is the leader's title, no clause of its own), however the parser hung it."""
    nxt = word.i + 1
    tokens = para.tokens
    if nxt >= len(tokens) or tokens[nxt].lower_ != "to":
        return []
    for t in tokens[nxt + 1 : nxt + 9]:
        label = para.links.get(t.i)
        if label is not None:
            return [label]
        if t.pos_ in ("VERB", "AUX") and t.lower_ not in former:
            break
    return []


def _owner(ctx: ArticleContext, para: Paragraph, word: Any) -> list[str]:
    """The name in front of "loyalists" ("Gbagbo loyalists"; the tagger may take it for an
    adjective): its own node, or, where the side's span holds the name (the side "Gbagbo
    loyalists" links it), the one person or group of the article that name is."""
    found = []
    for c in word.children:
        if c.i > word.i or not (
            c.dep_ in ("compound", "poss", "nmod") or (c.dep_ == "amod" and c.text[:1].isupper())
        ):
            continue
        label = para.links.get(c.i)
        if (label is None or label == para.links.get(word.i)) and c.text[:1].isupper():
            label = _article_actor(ctx, c.text)
        if label is not None:
            found.append(label)
    return found


_SIDE_TYPES = (EntityType.GROUP, EntityType.ORGANIZATION)


def _pro_side(
    ctx: ArticleContext, para: Paragraph, word: Any, predicate: Predicate, cameo: str
) -> Iterator[Draft]:
    """ "pro-Hadi fighters", "the pro-ISIL Aamaq News Agency", "pro-government militias": the
    side or group the prefixed phrase modifies supported (``predicate``) the one the name
    after the hyphen is (a person or group of the article), or its country's government;
    with "anti" ("the anti-EU UKIP", "anti-government activists") it criticized it."""
    tokens = para.tokens
    if word.i + 2 >= len(tokens) or tokens[word.i + 1].text not in HYPHENS:
        return
    named = tokens[word.i + 2]
    side = para.links.get(word.head.i) if word.head.i > named.i else None
    if side is None or not ctx.etype_in(side, _SIDE_TYPES):
        return
    states = ctx.cues["loyalty_words"]["state_words"]
    if named.lower_ in states:
        leader = _government_of(ctx, side)
    else:
        # the shortest run of capitalised words that is someone ("pro-Boko Haram Al-Urwa
        # Media"); the tagger takes "Hadi" in "pro-Hadi" for an adjective, so no POS
        words = []
        leader = None
        for t in tokens[named.i : min(word.head.i, named.i + 3)]:
            if not t.text[:1].isupper():
                break
            words.append(t.text)
            if leader := _article_actor(
                ctx, " ".join(words), people=predicate is Predicate.CRITICIZED
            ):
                break
    if leader is not None and leader != side:
        draft = ctx.draft(para, word, side, predicate, leader, 0.7)
        yield replace(draft, cameo=cameo)


def _article_actor(ctx: ArticleContext, name: str, people: bool = False) -> str | None:
    """The one person (by surname) or group (by its name, or its plural: "Houthi" for "the
    Houthis") the article named that ``name`` is; a group only by a name the gazetteer
    knows ("pro-Kurdish" names a people's cause, not the article's "Kurdish" fighters),
    or with ``people`` by its plural ("Muslim" for the article's "Muslims")."""
    known = ctx.lx.lookup(name) is not None
    people = people and name.lower() not in ctx.lx.by_demonym
    found = set()
    for label in ctx.resolver.article_labels(ctx.article_id):
        words = label.split()
        if ctx.etype_is(label, EntityType.PERSON):
            if words[-1] == name:
                found.add(label)
        elif (
            known
            and ctx.etype_in(label, _SIDE_TYPES)
            and (label in (name, f"{name}s") or ctx.resolver.written_as(label, name))
        ):
            found.add(label)
        elif people and label == f"{name}s" and ctx.etype_is(label, EntityType.GROUP):
            # "anti-Muslim protesters": the article's "Muslims", a people no gazetteer names
            # (never a country's people: "anti-Russian" is against Russia; crit43)
            found.add(label)
    return found.pop() if len(found) == 1 else None


def _government_of(ctx: ArticleContext, side: str) -> str | None:
    """The government node the article named of the side's country (else of the one
    country the article is about): the most mentioned, if several."""
    clusters = ctx.resolver.clusters
    iso = clusters[side].country if side in clusters else None
    iso = iso or ctx.resolver.countries.get(ctx.article_id)
    if iso is None:
        return None
    governments = [
        label
        for label in ctx.resolver.article_labels(ctx.article_id)
        if ctx.resolver.sector_in(label, ("GOV",))
        and ctx.resolver.country_in(label, (iso,))
        and ctx.etype_is(label, EntityType.ORGANIZATION)
    ]
    if len(governments) < 2:  # one: its count not asked (a worker's article's is not the corpus's)
        return governments[0] if governments else None
    return min((-clusters[label].count, label) for label in governments)[1]
