"""Node types from the article's own evidence: a name the model typed a person or an
organisation that the article's words place in most of its mentions ("a housewife from
Sivas", "ISIL has taken Palmyra") is a place; a vote on the resolver (``add_vote``) cast
after linking, before the rules ask types. Word lists are data (``kg/data/en/node_types.json``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from kg.cities import city_country
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.language import data_file, reading_language
from kg.vocab import EntityType

# at least this many place cues (a large city's name is one) and no speaker cue
_PLACE_CUES = 2
# "a housewife from Sivas" (a place) but "a writer from Salon" (a workplace): a person's
# origin, a cue only for a name typed a person (kept apart from other cues: a bit of its own)
_ORIGIN = 1 << 8
_RETYPED = (EntityType.PERSON, EntityType.ORGANIZATION)


@dataclass(frozen=True, slots=True)
class NodeTypeWords:
    """The word lists of ``kg/data/en/node_types.json``."""

    place_preps: frozenset[str]
    taking_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    person_nouns: frozenset[str]


@cache
def _words(language: str) -> NodeTypeWords:
    data: dict[str, Any] = json.loads(data_file("node_types.json", language).read_text("utf-8"))
    lists = {k: v for k, v in data.items() if not k.startswith("_")}
    for key, words in lists.items():
        if not isinstance(words, list) or not all(
            isinstance(w, str) and w.islower() for w in words
        ):
            raise ValueError(f"node_types.json: {key} must be a list of lower-case words")
    return NodeTypeWords(**{k: frozenset(v) for k, v in lists.items()})


def node_type_words() -> NodeTypeWords:
    """The node type word lists of the language being read."""
    return _words(reading_language())


@dataclass
class _Cues:
    place: int = 0
    person: int = 0
    mentions: int = 0


def _mention_roots(para: Paragraph) -> Iterator[tuple[str, Any]]:
    """(label, root token) of each linked name in the paragraph: the token whose head is
    outside the name."""
    tokens, heads, links = para.tokens, para.heads, para.links
    for i, label in links.items():
        if links.get(heads[i]) != label or heads[i] == i:
            yield label, tokens[i]


def _cue(token: Any, words: NodeTypeWords, titles: frozenset[str]) -> tuple[int, int]:
    """(place, person) cues of one mention from the words around it."""
    at = token
    for _ in range(4):  # "from Diyala and Salahuddin": the list's first name's place
        if at.dep_ != "conj":
            break
        at = at.head
    head = at.head
    if at.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in words.speech_verbs:
        return 0, 1
    if any(c.dep_ == "appos" and c.lemma_.lower() in words.person_nouns for c in token.children):
        return 0, 1
    start = token.left_edge.i if token.left_edge.i <= token.i else token.i
    before = token.doc[start - 1] if start > 0 else None
    if before is not None and before.text in titles:
        return 0, 1
    if at.dep_ == "pobj" and head.lower_ in words.place_preps:
        if head.lower_ == "from" and head.head.pos_ in ("NOUN", "PROPN"):
            return _ORIGIN, 0  # "a housewife from Sivas", "a writer from Salon": origin
        return 1, 0
    if at.dep_ == "dobj" and head.lemma_.lower() in words.taking_verbs:
        return 1, 0
    return 0, 0


def place_types(ctx: ArticleContext, paragraphs: list[Paragraph]) -> None:
    """Vote a place type for the names typed a person or an organisation that the article
    places ("from Sivas", "has taken Palmyra") at least twice (a large city the data knows
    counts once) and never makes a speaker, titled or a person's apposition: a city when the
    data knows a large city of the name, else a place."""
    words = node_type_words()
    titles = frozenset(ctx.lx.person_titles)
    cues: dict[str, _Cues] = defaultdict(_Cues)
    for para in paragraphs:
        for label, token in _mention_roots(para):
            place, person = _cue(token, words, titles)
            c = cues[label]
            c.place += place
            c.person += person
            c.mentions += 1
    for label in sorted(cues):
        c = cues[label]
        if c.person or not c.place or label.islower() or " [" in label:
            continue
        if ctx.lx.lookup(label) is not None or not ctx.etype_in(label, _RETYPED):
            continue
        cluster = ctx.resolver.clusters.get(label)
        if cluster is not None and cluster.sector:
            continue  # a collective actor ("the Syrian military"): people, no place
        origins, place = divmod(c.place, _ORIGIN)
        if ctx.etype_is(label, EntityType.PERSON):
            place += origins
        # a city's own name, not an other name ("Perlis" is Kangar's and a state's)
        city = city_country(label, other_names=False) is not None
        if not place or place + city < _PLACE_CUES or 2 * place < c.mentions:
            continue
        kind = EntityType.CITY if city else EntityType.PLACE
        # outvotes what the model's label gives each of the article's mentions (a person's
        # two-word name: 3)
        ctx.resolver.add_vote(label, kind, 3 * c.mentions + 1)
    return None


def run(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
    """The stage: votes only, no claim."""
    place_types(ctx, paragraphs)
    yield from ()
