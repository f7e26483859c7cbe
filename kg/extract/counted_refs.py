"""A bare count of people as a reference: "More than 2,000 refugees landed in Greece ... The
navy rescued hundreds", "Thousands of protesters gathered ... Police arrested dozens" -> the
one collective of people (refugees, civilians, protesters, students) named in the sentence or
the two before. Words and sectors: ``counted_refs`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse
from kg.lexicon import Lexicon

# the roles in which a bare count is a party to the clause's event
_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def count_words(lx: Lexicon) -> frozenset[str]:
    """The bare count nouns (``counted_refs.words``; the stage's cues)."""
    return frozenset(lx.cues["counted_refs"]["words"])


def link_counted(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """Link a bare "hundreds", "thousands" or "dozens" acting or acted on to the one people
    collective of ``counted_refs.sectors`` just named; none when two are, or when the count
    has its own noun ("thousands of migrants") or "of" phrase."""
    words = count_words(ctx.lx)
    sectors = frozenset(ctx.lx.cues["counted_refs"]["sectors"])
    disc: Discourse | None = None
    for para in paras:
        for i in para.hits(words):
            token = para.tokens[i]
            if i in para.links or token.pos_ != "NOUN" or token.dep_ not in _ROLES:
                continue
            if any(c.dep_ in ("prep", "compound", "poss", "det") for c in token.children):
                continue  # "thousands of migrants", "the hundreds": a phrase of its own
            if disc is None:
                disc = Discourse(paras)
            labels = {
                s.label
                for s in disc.before(para, token, 2)
                if ctx.resolver.sector_in(s.label, sectors)
            }
            if len(labels) == 1:
                label = labels.pop()
                para.links[i] = label
                ctx.reference(para, token, label, "nominal")
                disc.add(para, token, label)
