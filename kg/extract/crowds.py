"""Crowds and officers named after their collective: "Thousands of protesters gathered ...
Police used tear gas to disperse the crowd", "The protesters threw stones at officers" -> the
one collective of that sector (protesters, police) named in this sentence or the two before.
Nouns and their sectors: ``crowd_nouns`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse
from kg.lexicon import Lexicon


def _crowd_nouns(lx: Lexicon) -> dict[str, str]:
    """Bare noun -> the sector of the collective it stands for (``crowd_nouns``)."""
    return {w: code for w, code in lx.cues["crowd_nouns"].items() if not w.startswith("_")}


def link_crowds(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """Link a bare "crowd" or "officers" to the one collective of its sector just named."""
    table = ctx.prepared(_crowd_nouns)
    if not table:
        return
    words = frozenset(table)
    disc: Discourse | None = None
    clusters = ctx.resolver.clusters
    for para in paras:
        lowers = para.lowers
        for i in para.hits(words):
            token = para.tokens[i]
            code = table.get(lowers[i])
            if code is None or i in para.links or token.pos_ != "NOUN":
                continue
            if any(c.dep_ in ("compound", "amod", "poss", "nmod") for c in token.children):
                continue  # "army officers", "a pro-government crowd": their own description
            if disc is None:
                disc = Discourse(paras)
            labels = {
                s.label
                for s in disc.before(para, token, 2)
                if (cluster := clusters.get(s.label)) is not None and cluster.sector == code
            }
            if len(labels) == 1:
                label = labels.pop()
                para.links[token.i] = label
                ctx.reference(para, token, label, "nominal")
                disc.add(para, token, label)
