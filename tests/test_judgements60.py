"""Verdicts on an actor in more of the words and shapes journalists use (verdict60): the WordNet
words of a moral or competence verdict (``kg/data/en/judgements.json``, made by
tools/lexicon/judgements.py) said of an actor in a reported clause or a quote, a person noun
of judgement said of a named actor ("said X was a liar"), and a verdict on an act in the
second of two coordinated reported clauses. Sentences of our own, about other actors than the
articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # WordNet adjectives of a verdict on an actor, in a reported clause or a quote
    (
        "Raila Odinga said the Kenyan police were venal and inept.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    (
        '"The Ugandan army is ruthless," Kizza Besigye said.',
        ("Kizza Besigye", "criticized", "Ugandan army"),
    ),
    (
        "Morgan Tsvangirai said the Zimbabwean government was greedy.",
        ("Morgan Tsvangirai", "criticized", "Zimbabwean government"),
    ),
    (
        "Garry Kasparov said the Russian government was totalitarian.",
        ("Garry Kasparov", "criticized", "Russian government"),
    ),
    # a WordNet quality noun its owner holds
    (
        "Raila Odinga said the venality of the Kenyan police shocked voters.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    # a person noun of judgement said of a named actor in a reported clause
    (
        "Kizza Besigye said Yoweri Museveni was a tyrant.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    (
        "Garry Kasparov said Vladimir Putin is a thief and a liar.",
        ("Garry Kasparov", "criticized", "Vladimir Putin"),
    ),
    (
        "Jacob Zuma said Julius Malema was a hypocrite.",
        ("Jacob Zuma", "criticized", "Julius Malema"),
    ),
    # a verdict on an act in the second of two coordinated reported clauses
    (
        "Morgan Tsvangirai said the police were brutal and Zambia's deportation of the "
        "activists was illegal.",
        ("Morgan Tsvangirai", "criticized", "Zambia"),
    ),
    (
        "Kizza Besigye said the vote was flawed and Kenya's closure of the border was a "
        "violation of the treaty.",
        ("Kizza Besigye", "criticized", "Kenya"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # a word of feeling or of a thing's state is no verdict (refused in the review)
    (
        "Raila Odinga said the Kenyan police were fearful.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    (
        "Morgan Tsvangirai said the Zimbabwean government was timid.",
        ("Morgan Tsvangirai", "criticized", "Zimbabwean government"),
    ),
    # a person noun that judges no one (a role)
    (
        "Kizza Besigye said Yoweri Museveni was a veteran.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    # a negated or hedged verdict
    (
        "Jacob Zuma said Julius Malema was not a hypocrite.",
        ("Jacob Zuma", "criticized", "Julius Malema"),
    ),
    (
        "Garry Kasparov said Vladimir Putin would be a tyrant if he won.",
        ("Garry Kasparov", "criticized", "Vladimir Putin"),
    ),
    # a coordinated clause of no verdict
    (
        "Morgan Tsvangirai said the police were brutal and Zambia's deportation of the "
        "activists was lawful.",
        ("Morgan Tsvangirai", "criticized", "Zambia"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_judgements_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A verdict word on an actor, or on its act in a coordinated clause, criticises it."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_judgements_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No verdict from a word of feeling, a role noun, a negated or hedged clause, or a
    coordinated clause of none."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


def test_judgements_refused_words_stay_out(nlp: Any) -> None:
    """The words refused in the review are in none of the generated lists."""
    from kg.lexicon import default_lexicon
    from tools.lexicon.judgements import REJECTED

    table = default_lexicon().cues["judgements"]
    kept = {w for kind in ("adjectives", "qualities", "people") for w in table[kind]}
    assert not kept & set(REJECTED), sorted(kept & set(REJECTED))
