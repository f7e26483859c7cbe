"""A sentence upheld or handed to someone ("upheld a life sentence against X", "upholds
death sentence for X", "handed a 10-year sentence to X") sanctions them, as one imposed on
them does (trigger ``N sentence`` in tools/lexicon/seeds/coerce.txt; gen54). Sentences of
our own, about other actors than the articles the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "A Kenyan court upheld a life sentence against Joshua Waiganjo on Monday.",
        ("Kenyan court", "sanctioned", "Joshua Waiganjo"),
    ),
    (
        "Iran upholds death sentence for Ahmadreza Djalali.",
        ("Iran", "sanctioned", "Ahmadreza Djalali"),
    ),
    (
        "A Tunisian court handed a 10-year sentence to Ali Laarayedh.",
        ("Tunisian court", "sanctioned", "Ali Laarayedh"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_upheld_sentences_sanction_their_person(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """An upheld or handed sentence is a sanction (CAMEO 173) of the person it is for."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan court overturned a life sentence against Joshua Waiganjo.",
        "The Kenyan court upheld a life sentence for murder.",
    ],
)
def test_upheld_sentences_overturned_or_for_a_crime_sanction_no_one(
    extract: Any, text: str
) -> None:
    """A sentence overturned, or one "for" a crime, sanctions no one."""
    graph = extract(text, published="2015-05-15")
    assert not [t for t in triples(graph) if t[1] == "sanctioned"], triples(graph)
