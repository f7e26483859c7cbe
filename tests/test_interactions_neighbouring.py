"""A participle in front of a country's name that the parser reads as a gerund with the name
its object ("left for neighbouring Ethiopia": pcomp "neighbouring", dobj "Ethiopia") leaves
the name the preposition's object (``place_participles``, kg/extract/interactions.py).
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, the claim it makes)
NEIGHBOURING = [
    (
        "Kenyatta left for neighbouring Ethiopia on Tuesday for talks on the dam.",
        ("Uhuru Kenyatta", "visited", "Ethiopia"),
    ),
    (
        "Ghani headed for neighbouring Pakistan on Thursday.",
        ("Ashraf Ghani", "visited", "Pakistan"),
    ),
]


@pytest.mark.parametrize(("sentence", "claim"), NEIGHBOURING)
def test_interactions_neighbouring_country_is_the_object(
    extract: Any, sentence: str, claim: tuple[str, str, str]
) -> None:
    """ "for neighbouring X": X is where the trip went."""
    assert claim in triples(extract(sentence))


def test_interactions_neighbouring_refugees_go_as_a_people(extract: Any) -> None:
    """People fleeing to a neighbouring country go there as their people's node, as migrants
    and refugees do (coll43: the gold counts such a move as `visited`); their country makes
    no trip there."""
    found = triples(extract("Thousands of Burundians fled to neighbouring Rwanda last month."))
    visits = {(s, o) for s, p, o in found if p == "visited"}
    assert visits == {("Burundians", "Rwanda")}, found
