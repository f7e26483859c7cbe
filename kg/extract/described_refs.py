"""Descriptions an article gives a named actor, taken up later: "Mmusi Maimane, a part-time
pastor, ... The pastor is expected to challenge the ANC" -> the pastor is Maimane, when the
article sets that noun beside no other actor. Words: ``described_refs`` of
``kg/data/en/cues.json``, ``people_nouns.json`` and ``body_nouns.json`` (WordNet).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.kind_coref import kind_nouns
from kg.extract.nominals import nominal_words
from kg.language import data_file
from kg.lexicon import Lexicon
from kg.resolve.bodies import HYPHENS
from kg.resolve.described import people_nouns
from kg.vocab import EntityType

_ACTORS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.GROUP)
_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP)
_MODIFIERS = ("amod", "compound", "nmod")


@dataclass(frozen=True, slots=True)
class _Description:
    """A noun (``key``) the article set beside a name of ``label`` in sentence ``sent``."""

    sent: int
    index: int
    label: str
    marks: frozenset[str] = frozenset()  # names in the noun's modifiers ("French artist")


@cache
def body_nouns(language: str) -> frozenset[str]:
    """The lemmas of nouns for organisations of a language (generated data, read once)."""
    return frozenset(json.loads(data_file("body_nouns.json", language).read_text("utf-8"))["words"])


def described_nouns(lx: Lexicon) -> frozenset[str]:
    """The nouns a description may be written with ("pastor", "co-pilot", "startup",
    "club"): WordNet's people and organisation nouns less titles (``link_titles`` reads
    them), the kind nouns of ``kind_coref``, the group and place nouns of nominals.json,
    sector nouns for bodies ("army", "police") and the ``not_heads`` of ``described_refs``
    and ``described_people``."""
    words = nominal_words()
    never = (
        frozenset(lx.cues["described_refs"]["not_heads"])
        | frozenset(lx.cues["described_people"]["not_heads"])
        | frozenset(lx.roles)
        | kind_nouns(lx)
        | words.group_nouns
        | frozenset(words.place_nouns)
    )
    sectors = frozenset(w.lower() for w in lx.actors.sector_nouns)
    bodies = body_nouns(lx.language) - sectors
    return (people_nouns(lx.language) | bodies) - never


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The stage's cue words: the described nouns, and the last word of a hyphened one
    ("pilot" of "co-pilot": the word a paragraph's index holds)."""
    for word in described_nouns(lx):
        yield word
        if "-" in word:
            yield word.rsplit("-", 1)[1]


def link_described_refs(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Nadia Karimi, a lawyer from Herat, ... The lawyer said ...", "Siemens and the
    startup Lilium ... The startup said it would sue Siemens", "the Mavi Club ... the club":
    a bare definite singular noun -> the one named person, organisation or group the
    article set that noun beside (an apposition, "X is a promoter", "X, which is a club",
    "co-pilot X", "the carmaker X", a body's name ending in the noun), before it or in its
    own or the next sentence ("The co-pilot who crashed the jet ... Co-pilot Andreas
    Schmid"). Two actors with the noun, the noun written indefinite ("a lawyer said") or
    with a word for someone new ("the other lawyer") before it: no link."""
    nouns = ctx.word_set(described_nouns)
    refs = [(para, i) for para in paras for i in _references(ctx, para, nouns)]
    if not refs:
        return  # (most articles: no bare definite noun of the kind; no discourse made)
    disc = Discourse(paras)
    new = frozenset(ctx.cues["indefinite_determiners"]["words"])
    found, beside = _descriptions(ctx, disc, nouns, new)
    if not found:
        return
    named = {d.label for ds in found.values() for d in ds}
    fresh = _new_mentions(disc, nouns, beside, new, named)
    for para, i in refs:
        token = para.tokens[i]
        key = _key(para, i, nouns)
        if key not in found or (id(para), i) in beside or i in para.links:
            continue
        labels = list(dict.fromkeys(d.label for d in found[key]))
        if len(labels) != 1:
            continue  # "the lawyer" with two lawyers named
        here = (disc.sent(para, token), i)
        first = min(found[key], key=lambda d: (d.sent, d.index))
        if (first.sent, first.index) > here and first.sent > here[0] + 1:
            continue  # described only further on: not this one
        if any(at < here for at in fresh.get(key, ())):
            continue  # "a lawyer said": someone new with the noun before it
        span = _span(para, i, key)
        allowed = {labels[0]}.union(*(d.marks for d in found[key]))
        if any(_other_owner(para, para.tokens[k], allowed) for k in span):
            continue
        if _other_in_sentence(ctx, disc, para, token, labels[0]):
            continue
        for k in span:
            para.links[k] = labels[0]
        root = _root(para, span)
        ctx.reference(para, root, labels[0], "nominal")
        disc.add(para, root, labels[0])


def _references(ctx: ArticleContext, para: Paragraph, nouns: frozenset[str]) -> Iterator[int]:
    """The tokens of the paragraph that may take up a description: a singular common noun
    of ``nouns`` after "the", no name's part, apposition or predicate, and not said to be
    another one ("the other lawyer", "the two pastors")."""
    hits = ctx.word_set(cue_words)
    new = nominal_words().new_referent_words
    for i in para.hits(hits):
        key = _key(para, i, nouns)
        if para.tags[i] != "NN" or key not in nouns:
            continue
        span = _span(para, i, key)
        if any(k in para.links or para.tokens[k].ent_type_ for k in span):
            continue
        root = _root(para, span)
        if root.dep_ in ("appos", "attr", "compound"):
            continue
        kids = [c for k in span for c in para.tokens[k].children if c.i not in span]
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
            continue
        if any(c.dep_ in ("poss", "nummod", "appos") or c.lower_ in new for c in kids):
            continue
        yield i


def _span(para: Paragraph, i: int, key: str) -> range:
    """The token indices of the noun at ``i``: with the word hyphened to it ("co", "-",
    "pilot") when its key is hyphened."""
    return range(i - 2, i + 1) if "-" in key else range(i, i + 1)


def _root(para: Paragraph, span: range) -> Any:
    """The token of ``span`` whose head lies outside it (the first, when the parse hangs
    each word of "co-pilot" on the verb)."""
    tokens = para.tokens
    return next((tokens[k] for k in span if tokens[k].head.i not in span), tokens[span[-1]])


def _last(para: Paragraph, i: int, nouns: frozenset[str]) -> int:
    """The index of the last word of the noun at ``i``: ``i + 2`` for the first word of a
    hyphened noun ("co" of "co-pilot", where the parse hangs a name on it)."""
    tokens = para.tokens
    if (
        i + 2 < len(tokens)
        and tokens[i + 1].text in HYPHENS
        and not tokens[i].whitespace_
        and f"{para.lowers[i]}-{para.lemmas[i + 2]}" in nouns
    ):
        return i + 2
    return i


def _key(para: Paragraph, i: int, nouns: frozenset[str]) -> str:
    """The noun at token ``i`` as a described noun: its lemma, or with the word hyphened to
    it ("co-pilot": "co", "-", "pilot") when that is one."""
    lemma = para.lemmas[i]
    tokens = para.tokens
    if i >= 2 and tokens[i - 1].text in HYPHENS and not tokens[i - 2].whitespace_:
        joined = f"{para.lowers[i - 2]}-{lemma}"
        if joined in nouns:
            return joined
    return lemma


def _descriptions(
    ctx: ArticleContext, disc: Discourse, nouns: frozenset[str], new: frozenset[str]
) -> tuple[dict[str, list[_Description]], set[tuple[int, int]]]:
    """Each described noun -> where the article set it beside a name of an actor, and the
    (paragraph id, index) of every such noun (none of them a reference)."""
    found: dict[str, list[_Description]] = {}
    beside: set[tuple[int, int]] = set()
    actors: dict[str, bool] = {}
    relatives = frozenset(ctx.cues["described_refs"]["relatives"])
    for sighting in disc.sightings:
        if sighting.adjective:
            continue
        label, para = sighting.label, sighting.para
        described = [
            (i, key)
            for i in (_last(para, first, nouns) for first in _beside(sighting, new, relatives))
            if (key := _key(para, i, nouns)) in nouns
        ]
        head = _name_head(ctx, sighting)
        if not described and head not in nouns:
            continue
        # the class is asked last, of a name described here only: the corpus's answer for
        # one described nowhere ("Lahore" a body in one article) does not matter
        if label not in actors:
            actors[label] = ctx.etype_in(label, _ACTORS)
        if not actors[label]:
            continue
        for i, key in described:
            marks = frozenset(
                para.links[t.i]
                for k in _span(para, i, key)
                for c in para.tokens[k].children
                if c.dep_ in _MODIFIERS
                for t in c.subtree
                if t.i in para.links
            )
            found.setdefault(key, []).append(
                _Description(sighting.sent, sighting.index, label, marks)
            )
            beside.add((id(para), i))
        if head in nouns:
            found.setdefault(head, []).append(_Description(sighting.sent, sighting.index, label))
    return found, beside


def _beside(sighting: Sighting, new: frozenset[str], relatives: frozenset[str]) -> list[int]:
    """The unlinked nouns set beside the name: its apposition ("X, a pastor"; "the carmaker
    X"), its predicate ("X is a promoter", "X, which is a sports club") and the noun right
    in front of it ("co-pilot X", "the startup X")."""
    token, para, label = sighting.token, sighting.para, sighting.label
    links = para.links
    near: list[Any] = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos" and not any(
        c.dep_ == "det" and c.lower_ in new for c in token.children
    ):
        near.append(token.head)  # "the carmaker Volvo"; not "the bus, a Volvo"
    if token.dep_ == "nsubj" and token.head.lemma_ == "be":
        near.extend(c for c in token.head.children if c.dep_ == "attr")
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "be":
            kids = list(clause.children)
            if any(c.dep_ == "nsubj" and c.lower_ in relatives for c in kids):
                near.extend(c for c in kids if c.dep_ == "attr")
    found = [
        n.i for n in near if n.pos_ == "NOUN" and n.tag_ == "NN" and links.get(n.i, label) == label
    ]
    return [*found, *_front(para, token, label)]


def _front(para: Paragraph, token: Any, label: str) -> list[int]:
    """The nouns written in front of the name and tied to it in the parse ("co-pilot
    Andreas Schmid", "the co-pilot, 27-year-old Andreas Lubitz", "the startup Lilium"):
    the name's own modifiers before it that are nouns, else the word right before the name
    when the parse hung both on one head ("Siemens and the startup Lilium")."""
    tokens = para.tokens
    start = para.name_start(token.i, label)
    if start == 0:
        return []
    own = [c for c in token.children if c.i < start and c.dep_ in (*_MODIFIERS, "appos")]
    near = [int(c.i) for c in own if _noun(para, c)]
    if near:
        return near
    noun = tokens[start - 1]
    tied = token.dep_ == "appos" and noun.head.i == token.head.i and noun.dep_ == "conj"
    return [int(noun.i)] if tied and _noun(para, noun) else []


def _noun(para: Paragraph, token: Any) -> bool:
    """An unlinked singular common noun, or a hyphened noun's last word the model tagged an
    adjective ("co-pilot": "pilot" ADJ)."""
    if token.i in para.links:
        return False
    if token.pos_ == "NOUN":
        return bool(token.tag_ == "NN")
    return bool(token.pos_ == "ADJ" and token.i >= 2 and para.tokens[token.i - 1].text in HYPHENS)


def _name_head(ctx: ArticleContext, sighting: Sighting) -> str | None:
    """The common noun a body's name of two words or more ends in, as written here ("the
    Mavi Club": "club"), or None."""
    token, label = sighting.token, sighting.label
    if not sighting.proper:
        return None
    words = label.split()
    if len(words) < 2 or words[-1] != token.text or not token.text[:1].isupper():
        return None
    links = sighting.para.links
    if links.get(token.i + 1) == label or links.get(token.i - 1) != label:
        return None  # not the name's last word, or a name of one word here
    return str(token.lower_) if ctx.etype_in(label, _BODIES) else None  # the class asked last


def _new_mentions(
    disc: Discourse,
    nouns: frozenset[str],
    beside: set[tuple[int, int]],
    new: frozenset[str],
    named: set[str],
) -> dict[str, list[tuple[int, int]]]:
    """Each described noun -> the (sentence, index) of each time the article writes it for
    someone new: with "a", "an", "another" ("a lawyer said"), not beside a name nor taken
    up as one of the described (``named``); an unnamed node of its own ("a cleric from
    Alexandria joined") is someone new."""
    found: dict[str, list[tuple[int, int]]] = {}
    words = _with_last_parts(nouns)
    for para in disc.paras:
        for i in para.hits(words):
            if (id(para), i) in beside or para.links.get(i) in named:
                continue
            token = para.tokens[i]
            if not any(c.dep_ == "det" and c.lower_ in new for c in token.children):
                continue
            found.setdefault(_key(para, i, nouns), []).append((disc.sent(para, token), i))
    return found


@lru_cache(maxsize=4)
def _with_last_parts(nouns: frozenset[str]) -> frozenset[str]:
    """``nouns`` and the last part of each hyphenated one ("co-pilot": "pilot"), made once
    a set of nouns (some thousands of words), not for every article that asks."""
    return frozenset(w.rsplit("-", 1)[-1] for w in nouns) | nouns


def _other_owner(para: Paragraph, token: Any, allowed: set[str]) -> bool:
    """A word of the noun phrase names another actor ("the Chinese lawyer", "the pastor of
    the Grace Church"): another one, or a tie this rule does not read."""
    links = para.links
    return any(
        child.dep_ in (*_MODIFIERS, "prep")
        and any(t.i in links and links[t.i] not in allowed for t in child.subtree)
        for child in token.children
    )


def _other_in_sentence(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any, label: str
) -> bool:
    """Another person is named before the noun in its sentence, and the candidate person
    is not named in it: the noun may well be that one's ("Monet's painting ... sold for
    $40m, short of a record for the artist", the artist the article described being
    Delacroix). (A body's noun is its own kind: "Siemens said the startup would sue".)"""
    if not ctx.etype_is(label, EntityType.PERSON):
        return False
    if any(s.label == label for s in disc.in_sentence(disc.sent(para, token))):
        return False
    return any(
        s.label != label and not s.adjective and ctx.etype_is(s.label, EntityType.PERSON)
        for s in disc.before(para, token, 0)
    )
