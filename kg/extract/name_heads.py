"""A group's name in front of a plain noun: "the Zetas cartel", "the Jalisco New Generation
drug cartel", "the Boko Haram group" -> the noun stands for the named group (the name
recogniser takes the name alone, so the clause's subject or object was nobody). Words:
``name_heads`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from typing import Any

from kg.cities import city_country
from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType

# what a name in front of the noun must be: an armed group's or organisation's, never a
# country's ("the Mexican cartel"); a name that is also a place's ("the Sinaloa cartel"
# beside "Sinaloa state") links nothing either (``_place_name``)
_NAMED = (EntityType.GROUP, EntityType.ORGANIZATION)


def head_nouns(lx: Lexicon) -> frozenset[str]:
    """The plain nouns a name may stand in front of (``name_heads.nouns``; the stage's cues)."""
    return frozenset(lx.cues["name_heads"]["nouns"])


def link_name_heads(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """Link a singular ``name_heads`` noun with no link of its own to the one group or
    organisation named by its compounds, in front of it or of a ``fillers`` word before it
    ("drug" of "drug cartel"); none for two names or for a name of any other kind."""
    words = ctx.lx.cues["name_heads"]
    nouns, fillers = head_nouns(ctx.lx), frozenset(words["fillers"])
    other = frozenset(words["other_body"])
    named: dict[str, str] | None = None
    for para in paras:
        for i in para.hits(nouns):
            noun = para.tokens[i]
            if i in para.links or noun.pos_ != "NOUN" or noun.tag_ != "NN":
                continue
            if noun.dep_ in ("appos", "attr"):
                continue  # "the Caliphate Soldiers, an al-Qaeda splinter faction": a description
            found = _name_words(para, noun, fillers, other)
            if found is None:
                continue
            labels = {para.links[t.i] for t in found if ctx.etype_in(para.links[t.i], _NAMED)}
            if len(labels) != 1:
                continue
            label = labels.pop()
            if _place_name(ctx, paras, label):
                continue
            if named is None:  # the article's names, by their lower-cased labels
                named = {v.lower(): v for p in paras for v in p.links.values()}
            # "the Jalisco New Generation drug cartel" beside "the Jalisco New Generation
            # Cartel": the one group the article names with the noun in its name
            label = named.get(f"{label} {noun.lower_}".lower(), label)
            para.links[i] = label
            ctx.reference(para, noun, label, "nominal")


def _name_words(
    para: Paragraph, noun: Any, fillers: frozenset[str], other: frozenset[str]
) -> list[Any] | None:
    """The linked compounds in front of the noun, or in front of a filler compound that is
    ("Zetas" of "the Zetas cartel", "Generation" of "the Jalisco New Generation drug
    cartel"); None when another word in front of the noun, a name's or not, makes it some
    other body ("an al-Qaeda splinter group", "a breakaway faction")."""
    found: list[Any] = []
    for child in para.children(noun):
        if child.i > noun.i or child.dep_ not in ("compound", "amod", "nmod"):
            continue
        if child.i in para.links and child.dep_ == "compound":
            found.append(child)
        elif child.lower_ in fillers:
            found.extend(
                g
                for g in para.children(child)
                if g.dep_ == "compound" and g.i < child.i and g.i in para.links
            )
        elif child.dep_ != "amod" or child.i in para.links or child.lower_ in other:
            return None
    return found


def _place_name(ctx: ArticleContext, paras: list[Paragraph], label: str) -> bool:
    """Whether the name is also a place's: a large city's (``kg.cities``), or one the article
    writes before a ``place_nouns`` word ("Sinaloa state"). (A gazetteer place is typed a
    place, so it is no ``_NAMED`` name to begin with.)"""
    if city_country(label) is not None:
        return True
    nouns = frozenset(ctx.cues["place_nouns"])
    return any(
        para.links.get(t.i) == label
        and t.dep_ == "compound"
        and t.head.i not in para.links
        and t.head.lemma_.lower() in nouns
        for para in paras
        for t in para.tokens
    )
