"""The walk to a list's first word (kg/nlp/coordination.py): on real parses of the pinned
model, and on hand-made arcs for what the parser rarely draws (a conjunct hung on a later
word, a conjunct as its own head)."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from kg.nlp.coordination import first_conjunct

PARSED = [
    # (sentence, word asked, head_pos, the first conjunct's text)
    ("Kenya, Uganda and Tanzania signed the pact.", "Tanzania", None, "Kenya"),
    ("Kenya, Uganda and Tanzania signed the pact.", "Uganda", None, "Kenya"),
    ("Kenya, Uganda and Tanzania signed the pact.", "Kenya", None, "Kenya"),
    ("Kenya, Uganda and Tanzania signed the pact.", "signed", None, "signed"),
    ("The police arrested the captain and the chief engineer.", "engineer", None, "captain"),
    ("The rebels seized the town and burned the market.", "burned", None, "seized"),
    # within a list of nouns only: a verb's conjunct stays where it is
    ("The rebels seized the town and burned the market.", "burned", "NOUN", "burned"),
    ("Troops shelled the palace and the barracks.", "barracks", "NOUN", "palace"),
]


@pytest.mark.parametrize(("text", "word", "head_pos", "first"), PARSED)
def test_coordination_first_conjunct_of_a_parse(
    nlp: Any, text: str, word: str, head_pos: str | None, first: str
) -> None:
    """The first word of the list a word is one of, or the word itself outside a list."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert first_conjunct(token, head_pos=head_pos).text == first


def test_coordination_leftward_stops_at_a_later_head(nlp: Any) -> None:
    """``leftward`` keeps a conjunct the parser hung on a later word; without it the walk
    climbs there."""
    words, deps = ["Chad", "and", "Mali"], ["conj", "cc", "ROOT"]
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2], deps=deps)
    assert first_conjunct(doc[0]).text == "Mali"
    assert first_conjunct(doc[0], leftward=True).text == "Chad"


def test_coordination_stops_at_the_root() -> None:
    """A conjunct that is its own head (a root mislabelled) ends the walk on itself."""
    from spacy.vocab import Vocab

    doc = Doc(Vocab(), words=["Chad", "Mali"], heads=[0, 0], deps=["conj", "conj"])
    assert first_conjunct(doc[0]).i == 0
    assert first_conjunct(doc[1]).i == 0
