"""Pairs (kg/extract/pair_coref.py, ``pair_nouns`` of cues.json): "both men", "the two
women", "the pair", "the two sides", "both parties" stand for the two actors of their kind
named in their sentence and the two before, one claim for each (or one between them); none
when those name one or three, when the noun came in before for people not named, or when
the article shows one of the two is of the other gender. Real model, sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_TWO = "Foreign Minister Ivica Dacic praised Prime Minister Milo Djukanovic in Belgrade on Monday."

PAIRED = [
    # people: subject and object of an event, a symmetric one between them
    (
        f"{_TWO} Both men later criticized Kosovo.",
        {("Ivica Dacic", "criticized", "Kosovo"), ("Milo Djukanovic", "criticized", "Kosovo")},
    ),
    (
        f"{_TWO} The pair later criticized Kosovo.",
        {("Ivica Dacic", "criticized", "Kosovo"), ("Milo Djukanovic", "criticized", "Kosovo")},
    ),
    (
        "Senator Elizabeth Warren praised Senator Bernie Sanders in Boston on Monday. The duo "
        "later criticized Goldman Sachs.",
        {
            ("Elizabeth Warren", "criticized", "Goldman Sachs"),
            ("Bernie Sanders", "criticized", "Goldman Sachs"),
        },
    ),
    (
        "Mayor Hilda Heine phoned President Christine Kaboré on Monday. Both women later "
        "criticized Australia.",
        {
            ("Hilda Heine", "criticized", "Australia"),
            ("Christine Kaboré", "criticized", "Australia"),
        },
    ),
    (
        f"{_TWO} Kosovo criticized the two men on Tuesday.",
        {("Kosovo", "criticized", "Ivica Dacic"), ("Kosovo", "criticized", "Milo Djukanovic")},
    ),
    (
        f"{_TWO} The two men met again in Vienna on Friday.",
        {("Ivica Dacic", "met", "Milo Djukanovic")},
    ),
    # sides: any two actors of an exchange
    (
        "Armenia praised Azerbaijan on Monday. Both sides later criticized Georgia.",
        {("Armenia", "criticized", "Georgia"), ("Azerbaijan", "criticized", "Georgia")},
    ),
    (
        "Hezbollah fired rockets at Israel on Monday. The two sides later met in Cyprus.",
        {("Hezbollah", "met", "Israel")},
    ),
    (
        "Boko Haram fought Chad for months. Both parties later criticized Niger.",
        {("Boko Haram", "criticized", "Niger"), ("Chad", "criticized", "Niger")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PAIRED)
def test_pair_coref_pair_is_both(
    extract: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """A pair noun after two actors of its kind acts as both of them."""
    found = triples(extract(text, published="2015-05-15"))
    assert expected <= found, found


UNPAIRED = [
    # three people named: no guess
    (
        "Foreign Minister Ivica Dacic praised Prime Minister Milo Djukanovic and President "
        "Hashim Thaci on Monday. Both men later criticized Albania.",
        "Albania",
    ),
    # the same noun came in before for people not named
    (
        "Two men attacked Ivica Dacic and Milo Djukanovic in Belgrade on Monday. Police said "
        "the two men later criticized Albania.",
        "Albania",
    ),
    # the article shows one of the two is a man: not "both women"
    (
        "Ms Hilda Heine praised Mr Milo Djukanovic on Monday. Both women criticized Australia.",
        "Australia",
    ),
    # a pair of things, not of people
    (f"{_TWO} The pair of drones later attacked Kosovo.", "Kosovo"),
]


@pytest.mark.parametrize(("text", "target"), UNPAIRED)
def test_pair_coref_no_pair_without_two(extract: Any, text: str, target: str) -> None:
    """With one, or three, actors of the noun's kind, or an earlier unnamed pair, or one of
    the other gender, the pair noun stands for no one named."""
    found = triples(extract(text, published="2015-05-15"))
    named = ("Ivica Dacic", "Milo Djukanovic", "Hilda Heine", "Hashim Thaci")
    assert not any(s in named and o == target for s, _, o in found), found
