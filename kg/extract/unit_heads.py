"""The head of a body the article describes but does not name ("X, the commander of the
second federal police brigade", "the head of a community group, Y"): the described body
becomes a node of the article, and the person its ``leader_of``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate

# the words a described body's noun may have before it: "the second federal police brigade"
_MODIFIER_DEPS = frozenset({"amod", "compound", "nummod", "det"})
_ARTICLES = frozenset({"the", "a", "an"})


def unit_heads(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """A head's title (``unit_head_titles``) in apposition with a person, whose "of" object
    is a body's noun (``unit_head_nouns``) described by a word of its kind and by no name
    ("the police operation", "a community group"; not "the group", "the IOM's office",
    "a group of lawyers"): the person is ``leader_of`` that body, a node of this article.
    A qualified title ("deputy commander", "former head") is left to the role rules."""
    titles = ctx.lx.title_words.get("unit_head_titles", frozenset())
    nouns = ctx.lx.title_words.get("unit_head_nouns", frozenset())
    for title in para.tokens:
        if title.pos_ != "NOUN" or title.lemma_.lower() not in titles or title.i in para.links:
            continue
        if any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in title.children):
            continue  # "deputy commander", "former head", "its head": other rules' titles
        person = _person(ctx, para, title)
        if person is None:
            continue
        body = _described_body(ctx, para, title, nouns)
        if body is None:
            continue
        start, end = body
        last = para.tokens[end - 1]
        text = para.text[para.tokens[start].idx : last.idx + len(last.text)]
        mention = SpanMention(start, end, text, "ORG", canonical=text, scoped=True)
        label = ctx.record(para, mention, text)
        ctx.resolver.add_vote(label, EntityType.ORGANIZATION, 3)
        yield ctx.draft(para, title, person, Predicate.LEADER_OF, label, 0.7, title.lower_)


def _person(ctx: ArticleContext, para: Paragraph, title: Any) -> str | None:
    """The person the title is in apposition with: "X, the commander of ..." or "the head
    of ..., X"."""
    if title.dep_ == "appos":
        label = para.links.get(title.head.i)
        if label is not None and ctx.etype_is(label, EntityType.PERSON):
            return label
    for child in title.children:
        if child.dep_ == "appos":
            label = para.links.get(child.i)
            if label is not None and ctx.etype_is(label, EntityType.PERSON):
                return label
    return None


def _described_body(
    ctx: ArticleContext, para: Paragraph, title: Any, nouns: frozenset[str]
) -> tuple[int, int] | None:
    """The token span (without its article) of the title's "of" object when it is a body's
    noun with a describing word before it and nothing named in it."""
    preps = [c for c in title.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(preps) != 1:
        return None
    objs = [c for c in preps[0].children if c.dep_ == "pobj"]
    if len(objs) != 1:
        return None
    noun = objs[0]
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in nouns:
        return None
    if any(c.dep_ not in _MODIFIER_DEPS for c in noun.lefts):
        return None  # "the IOM's Thailand office": the owner's rule
    if any(c.dep_ in ("prep", "conj") for c in noun.rights):
        return None  # "a group of lawyers", "the unit and its ..."
    words = [t for t in noun.subtree if t.i <= noun.i]
    if any(t.i in para.links for t in words):
        return None  # a name inside: its own rules read it
    if any(t.dep_ not in _MODIFIER_DEPS and t.i != noun.i for t in words):
        return None
    kept = [t for t in words if not (t.dep_ == "det" and t.lower_ in _ARTICLES)]
    if len(kept) < 2 or any(t.dep_ == "det" for t in kept):
        return None  # a bare noun ("the group") is a reference, not a description
    start, end = kept[0].i, noun.i + 1
    if end - start != len(kept):
        return None
    return start, end
