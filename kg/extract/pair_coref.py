"""Coreference of country pairs: "the two countries", "both nations" -> the two countries the
article named just before, as a group, so that a claim on the pair is one between them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType

# the pair's own sentence and the sentences before it that may name the two
_WINDOW = 3


def _pair_nouns(lx: Lexicon) -> Iterable[str]:
    """The plural nouns of countries (``country_pair_nouns``: "countries", "nations")."""
    return lx.cues.get("country_pair_nouns", {}).get("words", ())  # type: ignore[no-any-return]


def link_country_pairs(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Iran praised Syria ... the two countries struck deals": a plural noun of countries
    with "the two" or "both" stands for the two countries named in its sentence (before it)
    and the two sentences before; when those name one country, or three, it stays unlinked
    (two candidates too many is no guess)."""
    nouns = ctx.word_set(_pair_nouns)
    # a noun is linked only with "both" or "two" on it (``_paired``): the paragraphs after
    # the last that holds both words and a pair noun are not read (perf60)
    last = max(
        (
            k
            for k, p in enumerate(paras)
            if not (nouns.isdisjoint(p.words) or p.words.isdisjoint(("both", "two")))  # ``_paired``
        ),
        default=-1,
    )
    named: list[set[str]] = []  # the countries each sentence so far names, in order
    for para in paras[: last + 1]:
        links, tokens = para.links, para.tokens
        # the linked tokens and the pair nouns, in order (the stage links no token): not
        # every token asking ``links.get``
        visit = sorted({*para.linked(), *para.hits(nouns)})
        at = 0
        for _, end in para.sents:
            named.append(set())
            while at < len(visit) and visit[at] < end:
                i = visit[at]
                at += 1
                token, label = tokens[i], links.get(i)
                if label is not None:
                    if ctx.etype_is(label, EntityType.COUNTRY):
                        named[-1].add(label)
                    continue
                if token.tag_ != "NNS" or token.lemma_.lower() not in nouns or i in para.groups:
                    continue
                if not _paired(token) or _named_inside(para, token):
                    continue
                pair = sorted(set().union(*named[-_WINDOW:]))
                if len(pair) != 2:
                    continue
                para.groups[i] = pair
                for country in pair:
                    ctx.reference(para, token, country, "nominal")


def _paired(token: Any) -> bool:
    """ "the two countries", "both nations" (not "two countries", "the two other states")."""
    kids = {c.lower_: c.dep_ for c in token.children}
    both = kids.get("both") in ("det", "predet", "preconj")
    two = kids.get("two") == "nummod" and kids.get("the") == "det"
    return (both or two) and not any(c.dep_ == "amod" for c in token.children)


def _named_inside(para: Paragraph, token: Any) -> bool:
    """ "the two Gulf countries", "both EU states": the phrase names whose they are."""
    return any(c.i in para.links for c in token.subtree if c.i != token.i)
