"""Mention finders that read no token they need not (perf40): the output is the same, the
work is less. Sentences of our own.

1. A paragraph without a party noun or a bloc's word ("party", "West": ``party_nouns`` of
   kg/data/en/names.json, ``blocs`` of the actor nouns) is not walked token by token for an
   untagged party or bloc (kg/resolve/entities.py ``_untagged_parties``, ``_untagged_blocs``,
   given the paragraph's words); one with the word finds them as before.
2. The ``counted_targets`` word sets are made once a lexicon, not for every paragraph
   (kg/resolve/counted.py).
3. An untagged person's name is looked for from proper nouns no mention holds, the entity
   type (a string-store read) asked last (``_untagged_people``).
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.context import Paragraph
from kg.lexicon import default_lexicon
from kg.resolve.counted import counted_acts, counted_words
from kg.resolve.entities import (
    SpanMention,
    _untagged_blocs,
    _untagged_parties,
    _untagged_people,
    find_mentions,
)


class _Untouchable:
    """A token no finder may read: any attribute raises."""

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"token read: {name}")


class _TakenName:
    """A proper noun a mention holds, whose entity type must not be asked."""

    pos_ = "PROPN"
    i = 0

    @property
    def ent_type_(self) -> str:
        raise AssertionError("entity type read for a token a mention holds")


# sentences whose mentions are the same with the paragraph's words as without them
SAME: list[str] = [
    "The Progressive party and the Greens formed a government in Tallinn on Monday.",
    "Leaders in the West condemned the vote, a spokesman for the Estonian Reform Party said.",
    "Police arrested nearly 40 people after the rally in Vilnius.",
    "Marta Kowalczyk, a spokeswoman for the agency, told reporters the talks would go on.",
    "Farmers blocked the roads outside Riga for a second day.",
]


@pytest.mark.parametrize("sentence", SAME)
def test_entities_find_mentions_same_with_words(nlp: Any, sentence: str) -> None:
    """The mentions found with the paragraph's words are those found without them."""
    lx = default_lexicon()
    para = Paragraph(nlp(sentence), 0)
    tokens, text = para.tokens, para.text
    with_words = find_mentions(para.doc, lx, tokens, text, para.ents, para.words)
    without = find_mentions(para.doc, lx, tokens, text, para.ents, None)
    assert with_words == without


def test_entities_untagged_parties_no_party_noun_reads_no_token() -> None:
    """Without a party noun among the paragraph's words no token is read."""
    lx = default_lexicon()
    mentions = [SpanMention(0, 1, "Tallinn", "GPE")]
    words = frozenset({"tallinn", "vote", "the"})
    tokens = [_Untouchable(), _Untouchable(), _Untouchable()]
    assert _untagged_parties(tokens, "Tallinn the vote", lx, mentions, words) == mentions


def test_entities_untagged_blocs_no_bloc_word_reads_no_token() -> None:
    """Without a bloc's word among the paragraph's words no token is read."""
    lx = default_lexicon()
    words = frozenset({"east", "leader", "the"})
    assert _untagged_blocs([_Untouchable(), _Untouchable()], lx, [], words) == []


def test_entities_untagged_blocs_found_with_words(nlp: Any) -> None:
    """With the bloc's word in the paragraph the untagged bloc is found as before."""
    lx = default_lexicon()
    para = Paragraph(nlp("Diplomats from the West met in Minsk."), 0)
    found = _untagged_blocs(para.tokens, lx, [], para.words)
    assert found == _untagged_blocs(para.tokens, lx, [], None)


def test_counted_word_sets_made_once() -> None:
    """The counted verbs, nouns and acts are one set each for a lexicon, not remade."""
    lx = default_lexicon()
    first, again = counted_words(lx), counted_words(lx)
    assert all(a is b for a, b in zip(first, again, strict=True))
    assert counted_acts(lx) is counted_acts(lx)
    assert "arrest" in counted_words(lx)[0]


def test_entities_untagged_people_taken_token_type_not_read() -> None:
    """A proper noun a mention holds is passed over before its entity type is asked."""
    lx = default_lexicon()
    mentions = [SpanMention(0, 1, "Kaja", "PERSON")]
    assert _untagged_people([_TakenName()], "Kaja", lx, mentions) == []


# (mention label, where the words put it, title, demonym) -> the cluster's votes after one add
VOTES: list[tuple[str, str | None, str | None, bool, dict[str, int]]] = [
    ("GPE", None, None, False, {"City": 1}),
    ("GPE", "city", None, False, {"City": 3}),
    ("LOC", "place", None, False, {"Place": 3}),
    ("PERSON", None, "Minister", False, {"Person": 4}),
    ("NORP", None, None, True, {}),
]


@pytest.mark.parametrize(("label", "where", "title", "demonym", "expected"), VOTES)
def test_resolver_add_votes_as_before(
    label: str, where: str | None, title: str | None, demonym: bool, expected: dict[str, int]
) -> None:
    """A mention adds its own votes to its cluster (none for a demonym), as the Counter did."""
    from kg.model import Mention
    from kg.resolve.resolver import Resolver

    resolver = Resolver(default_lexicon())
    mention = SpanMention(0, 1, "Valmiera", label, title, demonym, where=where)
    added = resolver.add("Valmiera", mention, Mention("a1", 0, 8, "Valmiera", "Valmiera"))
    votes = resolver.clusters[added].votes
    assert {t.value: n for t, n in votes.items()} == expected
