"""Sides named by their loyalty: "troops loyal to former president X", "X loyalists" -> the
side (one group node of its article, ``kg.resolve.sides``) supported the leader it is loyal
to (PLOVER SUPPORT). The words are data (``loyalty_words`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

_CAMEO = "050"  # CAMEO "engage in diplomatic cooperation", PLOVER SUPPORT


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The loyalty words ("loyal", "loyalists")."""
    words: list[str] = lx.cues["loyalty_words"]["words"]
    return words


def loyalties(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """supported claims from a side to the leader its loyalty word names."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        word = tokens[i]
        if word.pos_ == "ADJ":
            # "fighters loyal to X" however the parser hung "loyal" ("rebels and fighters
            # loyal to X": on "rebels")
            sides = [word.head, tokens[i - 1]] if i else [word.head]
            leaders = _loyal_to(para, word)
        else:
            sides, leaders = [word], _owner(para, word)
        side = next(
            (s for t in sides if (s := para.links.get(t.i)) and word.lower_ in s.lower()), None
        )
        if (
            side is None
            or word.lower_ not in side.lower()
            or not ctx.etype_is(side, EntityType.GROUP)
        ):
            # only a side named by this loyalty ("troops loyal to X"): the armed group a
            # bare "fighters" stands for, or a parse that hangs "loyal" on another noun,
            # is not loyal to X
            continue
        for leader in leaders:
            # a person's side; "militants loyal to <group>" are the group's own people
            if leader != side and ctx.etype_is(leader, EntityType.PERSON):
                draft = ctx.draft(para, word, side, Predicate.SUPPORTED, leader, 0.7)
                yield replace(draft, cameo=_CAMEO)


def _loyal_to(para: Paragraph, word: Any) -> list[str]:
    """The actor after "loyal to": the first name in the words after "to" ("to former
    president X", "to the former president, X"), however the parser hung it."""
    nxt = word.i + 1
    tokens = para.tokens
    if nxt >= len(tokens) or tokens[nxt].lower_ != "to":
        return []
    for t in tokens[nxt + 1 : nxt + 9]:
        label = para.links.get(t.i)
        if label is not None:
            return [label]
        if t.pos_ in ("VERB", "AUX"):
            break
    return []


def _owner(para: Paragraph, word: Any) -> list[str]:
    """The name in front of "loyalists" ("Gbagbo loyalists")."""
    return [
        label
        for c in word.children
        if c.dep_ in ("compound", "poss", "nmod") and c.i < word.i
        for label in [para.links.get(c.i)]
        if label is not None
    ]
