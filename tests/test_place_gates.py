"""The word gates of the place rules (``kg.extract.places``): a phrase that starts from a
preposition's form ("in", "on", "along"), from "one" or from a comma is looked for only in a
paragraph that holds that word. Each row is a sentence whose place is found only through the
gated phrase (about other places than the rules were written from), so a gate that shut on a
paragraph that holds its word would lose the claim."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

GATED: list[tuple[str, str, tuple[str, str]]] = [
    # "on Y's border" after the name (``_place_in``, its edges)
    ("on", "The village of Kobane on Turkey's southern border was shelled.", ("Kobane", "Turkey")),
    # "along Y's border" (the same edges, the other preposition)
    ("along", "Troops massed at Rafah along Egypt's border with Gaza.", ("Rafah", "Egypt")),
    # "X, one of the <places> in Y" (``_place_in``, one of the places)
    ("one", "Ramadi, one of the largest cities in Anbar, fell.", ("Ramadi", "Anbar")),
    # "X in eastern Y" (``_place_in``, an "in" of the name)
    ("in", "Rebels shelled Kassala in eastern Sudan.", ("Kassala", "Sudan")),
    # "X, Y" (``_comma_pairs``)
    (",", "Protesters marched in Sfax, Tunisia, on Friday.", ("Sfax", "Tunisia")),
]


@pytest.mark.parametrize(("word", "sentence", "pair"), GATED)
def test_place_gates_keep_the_gated_phrase(
    extract: Any, word: str, sentence: str, pair: tuple[str, str]
) -> None:
    """The sentence holds the gate's word and the phrase still gives its claim."""
    graph = extract(sentence)
    found = {(s.casefold(), p, o.casefold()) for s, p, o in triples(graph)}
    assert (pair[0].casefold(), "located_in", pair[1].casefold()) in found, sorted(found)
