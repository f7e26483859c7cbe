"""A title the lede gives and the next paragraph's name holds: "Egypt's justice minister has
resigned ... . The comments on Sunday by Mahfouz Saber brought a heavy backlash": news
opens on an office ("Iraq's health minister") and names its holder a paragraph on, with no
title written on the name. The title is then that person's, not an unnamed official's node
(``role_forms.unnamed_officials``). Past the lede, only an office the news is told
"according to" ("..., according to Iraq's health minister. \"We have exhumed ...,\" Adila
Hammoud announced").
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.resolve.lede_named import written_apart
from kg.vocab import EntityType

_LEDE = 2  # the headline and the first paragraph
_REACH = 2  # how many paragraphs after the title the name may stand


def lede_holder(ctx: ArticleContext, paras: list[Paragraph], n: int, i: int) -> str | None:
    """The person a lede's title (or one "according to" which a later paragraph's news is
    told, ``_attributed``) at token ``i`` of paragraph ``n`` stands for: the first
    person the next ``_REACH`` paragraphs name, when new to the article (no person is linked
    after the title in its own paragraph, none of the name's paragraphs names another before
    it) and written with no title or role word, possessive or "reporting" of a source's in
    front ("Al Jazeera's X", "spokesman X"); else None."""
    if n >= _LEDE and not _attributed(paras[n].tokens[i], ctx):
        return None
    seen = {label for para in paras[: n + 1] for label in para.links.values()}
    para = paras[n]
    if any(k > i and ctx.etype_is(label, EntityType.PERSON) for k, label in para.links.items()):
        return None  # a person named after the title in its own paragraph
    for later in paras[n + 1 : n + 1 + _REACH]:
        people = sorted(
            (k, label)
            for k, label in later.links.items()
            if later.tokens[k].pos_ == "PROPN" and ctx.etype_is(label, EntityType.PERSON)
        )
        if not people:
            continue
        k, label = people[0]
        if label in seen or sourced(ctx, later, k, label):
            return None
        return label
    return None


def sourced(
    ctx: ArticleContext,
    para: Paragraph,
    k: int,
    label: str,
    *,
    known: bool = True,
    own_news: frozenset[str] = frozenset(),
) -> bool:
    """Whether the name starting near token ``k`` is written as a source's or a bystander's
    (``lede_named.written_apart``: "spokesman X", "Al Jazeera's X", "X, a lawyer,", "X
    accepted the resignation", a leader the gazetteer knows unless ``known`` is false;
    ``own_news``: reaction verbs not counted)."""
    start, end = para.name_start(k, label), para.name_end(k, label)
    roles = frozenset(ctx.lx.roles)
    return written_apart(
        para.tokens, start, end + 1, roles, ctx.lx, known=known, own_news=own_news
    ) or (known and ctx.lx.lookup(label) is not None)


def _attributed(noun: Any, ctx: ArticleContext) -> bool:
    """Whether a title is what "according to" gives a paragraph's news to ("..., according
    to Iraq's health minister."): the next paragraph most often quotes that official by
    name, wherever in the article."""
    prep = noun.head
    according = ctx.lx.cues["lede_titles"]["according_words"]
    return bool(noun.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ in according)
