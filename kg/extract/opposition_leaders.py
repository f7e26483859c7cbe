"""Leaders titled by the side they lead: "opposition leader X", "X, the opposition leader,"
-> X ``leader_of`` the article's opposition, the node "the opposition" names. The words are
data (``opposition_leaders`` in ``kg/data/en/cues.json``)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The sides' words ("opposition"): a paragraph without one has no such title."""
    words: list[str] = lx.cues["opposition_leaders"]["sides"]
    return words


def opposition_leaders(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """``leader_of`` claims from a side's word before a singular leader's noun that is a
    named person's title (before the name or in apposition to it)."""
    table = ctx.cues["opposition_leaders"]
    for i in para.hits(ctx.word_set(cue_words)):
        side = para.tokens[i]
        noun = side.head
        if side.dep_ not in ("compound", "amod", "nmod") or noun.i <= i:
            continue
        if noun.lower_ not in table["nouns"] or noun.tag_ not in ("NN", "NNP"):
            continue  # "opposition leaders" are several; "opposition party leader X": a party's
        if _deputy(noun, table["deputies"]) or _of_body(noun):
            continue
        person = _titled_person(ctx, para, noun)
        if person is None or _body_after(ctx, para, person, noun):
            continue
        mention = SpanMention(
            i, i + 1, side.lower_, "GROUP", sector="OPP", scoped=True, definite=True
        )
        group = ctx.record_aside(para, mention, side.lower_)
        title = f"{side.lower_} {noun.lower_}"
        yield ctx.draft(para, noun, person, Predicate.LEADER_OF, group, 0.75, title=title)


def _deputy(noun: Any, deputies: list[str]) -> bool:
    """ "deputy opposition leader X": a deputy leads nothing."""
    return any(c.lower_ in deputies for c in noun.children if c.i < noun.i)


def _of_body(noun: Any) -> bool:
    """ "the opposition leader of the NDP": the body after "of" is the one led."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _titled_person(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The person the title belongs to: the name after it ("opposition leader X"), the name
    it is in apposition to ("X, the opposition leader,") or the name in apposition to it
    ("the opposition leader, X,")."""
    candidates = []
    if noun.dep_ in ("compound", "appos"):
        candidates.append(noun.head)
    candidates += [c for c in noun.children if c.dep_ == "appos"]
    for token in candidates:
        label = para.links.get(token.i)
        if label is not None and ctx.etype_is(label, EntityType.PERSON):
            if noun.dep_ == "compound" and token.i < noun.i:
                continue  # "X's opposition leader ...": a title of something else
            return label
    return None


def _body_after(ctx: ArticleContext, para: Paragraph, person: str, noun: Any) -> bool:
    """ "opposition leader X of the Y Party": the name's "of" names the body led."""
    head = noun.head if noun.dep_ == "compound" else None
    if head is None:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and ctx.ents(para, pobj)
        for c in head.children
        for pobj in c.children
        if pobj.dep_ == "pobj"
    )
