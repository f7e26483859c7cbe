"""The unnamed people who joined a named body: "Foreign fighters joined ISIL", "hundreds of
Britons have joined Islamic State" (fixb51). ``_joined`` in kg/extract/memberships.py takes a
subject that is a named node; a subject that is a group of people the article makes a node
of (a collective, or the people counted: "hundreds of Britons") is a member of the body as
well. Only groups: a country or a person is named, and "joined Tiger Woods" is no body.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.interactions import actors_of
from kg.vocab import EntityType


def unnamed_joiners(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The group nodes the joining verb's own subject stands for."""
    return [
        e
        for s in para.children(verb)
        if s.dep_ == "nsubj"
        for e in actors_of(ctx, para, s)
        if ctx.etype_is(e, EntityType.GROUP)
    ]
