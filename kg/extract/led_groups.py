"""Leaders named by a participle: "the coalition led by Saudi Arabia", "rebels headed by
X" -> the named actor leads the body the noun stands for (``leader_of``). The participles are
data (``led_participles`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The leading participles ("led", "headed"), by lemma."""
    words: list[str] = lx.cues["led_participles"]["verbs"]
    return words


def led_groups(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """leader_of claims from a leading participle on a noun that stands for a body."""
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        participle = tokens[i]
        if participle.tag_ != "VBN" or participle.head.i == i:
            continue
        body = para.links.get(participle.head.i)
        if body is None or not ctx.etype_in(body, _BODY_TYPES):
            continue
        if participle.dep_ != "acl" or participle.head.i > i:
            # "the Saudi-led coalition", "Shia-led militias": a hyphened name is as often a
            # community or a side of the body as its head, and news names both
            continue
        leaders = _agents(ctx, para, participle)
        for leader in leaders:
            if leader != body:
                yield ctx.draft(para, participle, leader, Predicate.LEADER_OF, body, 0.7)


def _agents(ctx: ArticleContext, para: Paragraph, participle: Any) -> list[str]:
    """The actors after the participle's "by"."""
    return [
        e
        for agent in participle.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
        for e in ctx.ents(para, pobj)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
