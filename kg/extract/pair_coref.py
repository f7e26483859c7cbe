"""Coreference of pairs: "the two countries", "both nations", "the two men", "the pair", "the
two sides" -> the two actors of that kind the article named just before, as a group, so that
a claim on the pair is one for each of them (or one between them).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.coref import person_genders
from kg.lexicon import Lexicon, once_per_lexicon
from kg.vocab import EntityType

# the pair's own sentence and the sentences before it that may name the two
_WINDOW = 3

# the kinds of actors a pair noun may stand for: countries ("the two countries"), persons
# ("both men", "the pair"), or any actors of an exchange ("the two sides")
_Kinds = tuple[EntityType, ...]
_COUNTRIES: _Kinds = (EntityType.COUNTRY,)
_PERSONS: _Kinds = (EntityType.PERSON,)
_SIDES: _Kinds = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP, EntityType.PERSON)


@dataclass(frozen=True, slots=True)
class _PairNouns:
    """The pair nouns of ``cues.json``, by the kind of actor each stands for: plural ones
    need "the two" or "both", a singular one ("the pair") only "the"; ``gender`` the
    gender a person noun tells ("men": male)."""

    plural: dict[str, _Kinds]
    singular: dict[str, _Kinds]
    gender: dict[str, str]

    @classmethod
    def of(cls, lx: Lexicon) -> _PairNouns:
        """The pair nouns of the lexicon's cues (``country_pair_nouns``, ``pair_nouns``)."""
        table = lx.cues["pair_nouns"]
        plural = dict.fromkeys(lx.cues["country_pair_nouns"]["words"], _COUNTRIES)
        plural.update(dict.fromkeys(table["people"], _PERSONS))
        plural.update(dict.fromkeys(table["sides"], _SIDES))
        singular = dict.fromkeys(table["people_singular"], _PERSONS)
        return cls(plural, singular, dict(table["gender"]))


def pair_words(lx: Lexicon) -> Iterator[str]:
    """Every pair noun (the stage's cue words): "countries", "men", "pair", "sides"."""
    nouns: _PairNouns = once_per_lexicon(lx, _PairNouns.of)
    yield from nouns.plural
    yield from nouns.singular


def link_country_pairs(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Iran praised Syria ... the two countries struck deals", "Lavrov phoned Kerry ...
    both men", "the pair", "the two sides": a pair noun stands for the two actors of its
    kind named in its sentence (before it) and the two sentences before; when those name
    one, or three, it stays unlinked (two candidates too many is no guess), as it does when
    the same noun came in before for people not named ("Two men fled ... the two men")."""
    nouns: _PairNouns = once_per_lexicon(ctx.lx, _PairNouns.of)  # (not per article)
    words = ctx.word_set(pair_words)
    # a plural noun is linked only with "both" or "two" on it (``_kind``): the paragraphs
    # after the last that may hold a pair are not read (perf60)
    last = max((k for k, p in enumerate(paras) if _may_pair(p, words, nouns)), default=-1)
    named: list[set[str]] = []  # the actors each sentence so far names, in order
    unnamed: set[str] = set()  # the person nouns the article so far used for no one named
    for para in paras[: last + 1]:
        links, tokens = para.links, para.tokens
        # the linked tokens and the pair nouns, in order (the stage links no token): not
        # every token asking ``links.get``
        visit = sorted({*para.linked(), *para.hits(words)})
        at = 0
        for start, end in para.sents:
            named.append(set())
            while at < len(visit) and visit[at] < end:
                i = visit[at]
                at += 1
                label = links.get(i)
                if label is not None:
                    named[-1].add(label)
                    continue
                kinds = _kind(tokens[i], nouns)
                if kinds is None or i in para.groups or _named_inside(para, tokens[i]):
                    continue
                if tokens[i].lemma_.lower() in unnamed:
                    continue  # "Two men fled. ... the two men": the unnamed ones
                pair = _pair(ctx, paras, named[-_WINDOW:], kinds, nouns, tokens[i])
                if pair is None:
                    continue
                para.groups[i] = pair
                for label in pair:
                    ctx.reference(para, tokens[i], label, "nominal")
            unnamed.update(_unnamed_nouns(para, start, end, nouns))


def _may_pair(para: Paragraph, words: frozenset[str], nouns: _PairNouns) -> bool:
    """The paragraph holds a pair noun, and "both" or "two" for a plural one."""
    if words.isdisjoint(para.words):
        return False
    return not para.words.isdisjoint(("both", "two")) or not para.words.isdisjoint(nouns.singular)


def _kind(token: Any, nouns: _PairNouns) -> _Kinds | None:
    """The kinds of actor a pair noun stands for (countries, persons, any), or None
    when the token is no pair: "the two countries", "both men", "the pair" (not "two
    countries", "the two other states", "a pair of shoes")."""
    lemma = token.lemma_.lower()
    kids = {c.lower_: c.dep_ for c in token.children}
    if "of" in kids or any(c.dep_ == "amod" for c in token.children):
        return None  # "both sides of the debate", "the two other states"
    if token.tag_ == "NNS" and lemma in nouns.plural:
        both = kids.get("both") in ("det", "predet", "preconj")
        two = kids.get("two") == "nummod" and kids.get("the") == "det"
        return nouns.plural[lemma] if both or two else None
    if token.tag_ == "NN" and lemma in nouns.singular and kids.get("the") == "det":
        return nouns.singular[lemma]
    return None


def _named_inside(para: Paragraph, token: Any) -> bool:
    """ "the two Gulf countries", "both EU states": the phrase names whose they are."""
    return any(c.i in para.links for c in token.subtree if c.i != token.i)


def _unnamed_nouns(para: Paragraph, start: int, end: int, nouns: _PairNouns) -> set[str]:
    """The person pair nouns of a sentence that stand for no one named ("Two men opened
    fire", "a pair of gunmen"): a pair of that noun after them is most likely them. (Read
    on the columns: no Token for a word that is none.)"""
    lemmas, tags, found = para.lemmas, para.tags, set()
    for i in range(start, end):
        table = nouns.plural if tags[i] == "NNS" else nouns.singular
        if table.get(lemmas[i]) == _PERSONS and not (i in para.groups or i in para.links):
            found.add(lemmas[i])
    return found


def _pair(
    ctx: ArticleContext,
    paras: list[Paragraph],
    window: list[set[str]],
    kinds: _Kinds,
    nouns: _PairNouns,
    token: Any,
) -> list[str] | None:
    """The two actors of ``kinds`` the window names, sorted; None unless exactly two (of a
    person noun's gender, when the article tells it)."""
    labels = {label for sent in window for label in sent if ctx.etype_in(label, kinds)}
    gender = nouns.gender.get(token.lemma_.lower())
    if gender is not None and len(labels) == 2:
        genders = person_genders(ctx, paras)
        labels = {label for label in labels if genders.get(label, gender) == gender}
    return sorted(labels) if len(labels) == 2 else None
