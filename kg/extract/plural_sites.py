"""Plural sites in a named place (loc46): "17 detention camps in Padang Besar" is one set of
sites, a Place node in that place; read-only helpers of ``kg.extract.sites``, which makes the
node. Words: ``plural_sites`` of ``kg/data/en/cues.json``."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract import places
from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType


def cue_words(lx: Lexicon) -> frozenset[str]:
    """The plural forms that name sites in the plural only ("graves")."""
    nouns: Iterable[str] = lx.cues["plural_sites"]["nouns"]
    return frozenset(nouns)


def plural_site(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The plural site noun names one set of sites: a number, determiner or modifier in front
    of it ("17 camps", "the camps", "migrant camps") and no vague quantifier ("many",
    "other", "some"), a named place "in" its own phrase that is no country ("hospitals
    in Burundi" are sites in general), and no place of its kind named in the article."""
    words = ctx.cues["plural_sites"]
    vague = frozenset(words["quantifiers_not"])
    front = [c for c in noun.children if c.i < noun.i]
    if any(c.lower_ in vague for c in front):
        return False
    if not any(c.dep_ in words["marks"] for c in front):
        return False  # "visited hospitals in Misrata": a bare plural tells of sites in general
    if noun.dep_ in ("attr", "appos") or noun.head.lower_ in words["heads_not"]:
        return False  # "camps are common in X"; "one of the camps", "some of the schools"
    where = own_place(ctx, para, noun)
    if where is None or ctx.etype_is(where, EntityType.COUNTRY):
        return False  # "hospitals in Burundi had never been attacked": sites in general
    return not _named_ones(ctx, noun)


def _named_ones(ctx: ArticleContext, noun: Any) -> bool:
    """The article names a place of the noun's kind, a name before the singular noun ("two
    hotels in Baghdad" beside "the Babylon hotel"): the plural are those places, no set of
    its own."""
    forms = {noun.lemma_.lower(), noun.lower_.removesuffix("s")} - {noun.lower_}
    return any(
        t.lower_ in forms and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
        for para in ctx.paragraphs
        for t in para.tokens
    )


def own_place(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The named place after "in" on the noun itself ("camps in Padang Besar", "schools in
    the city of Rafah"), or right after the object it is ("found graves in X"), not
    elsewhere on the verb."""
    through = ctx.cues["plural_sites"]["through_nouns"]
    preps = list(noun.children)
    if noun.dep_ == "dobj":
        # "found 40 graves in two locations in X": the "in" the parser hung on the verb,
        # right after the object
        preps += [c for c in noun.head.children if c.i == noun.right_edge.i + 1]
    return places.place_in(ctx, para, preps, noun.lower_, frozenset(through))


def counted(mods: list[Any], noun: Any, label: str) -> str:
    """A plural set's label with its count when a number runs into its words ("30 large
    graves", "17 camps"): the count tells which set; a singular's label is as it was."""
    if noun.tag_ != "NNS":
        return label
    first = mods[0].i if mods else noun.i
    for c in noun.children:
        if c.dep_ == "nummod" and c.i == first - 1 and c.text[:1].isdigit():
            return f"{c.text} {label}"
    return label
