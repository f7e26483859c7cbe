"""A force doing something "from" a side stands for the side ("troops from the African Union
attacked X", "warplanes from the coalition struck Y"); a force sent or withdrawn "from" a
place, and irregulars "from" a country, do not. Sentences are about other actors than any
benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, (subject, predicate, object)) found
FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Troops from the African Union attacked Boko Haram fighters near Gwoza on Monday.",
        ("African Union", "attacked", "Boko Haram"),
    ),
    (
        "Warplanes from the Saudi-led coalition bombed Houthi positions in Sanaa.",
        ("Saudi-led coalition", "attacked", "Houthis"),
    ),
    (
        "Fighter jets from the Arab coalition struck Houthi bases in Aden on Friday.",
        ("Arab coalition", "attacked", "Houthis"),
    ),
    (
        "Soldiers from the Kenyan army attacked al-Shabab militants in Somalia.",
        ("Kenyan army", "attacked", "al-Shabab"),
    ),
    # ... also as the maker of the attack a light verb launches
    (
        "Jets from the Saudi-led coalition launched air strikes on Houthi rebels in Sanaa.",
        ("Saudi-led coalition", "attacked", "Houthis"),
    ),
    # a state through its regular forces, each of several
    (
        "Troops from Chad and Niger attacked Boko Haram positions on Saturday.",
        ("Chad", "attacked", "Boko Haram"),
    ),
    (
        "Troops from Chad and Niger attacked Boko Haram positions on Saturday.",
        ("Niger", "attacked", "Boko Haram"),
    ),
]

# (sentence, (subject, predicate, object)) not found
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # irregulars from a country are not its state
    (
        "Militants from Somalia attacked a university in Kenya on Thursday.",
        ("Somalia", "attacked", "Kenya"),
    ),
    # a force withdrawn or sent "from" a place: the place does nothing
    (
        "Fighters from Syria attacked Kurdish towns in Iraq on Monday.",
        ("Syria", "attacked", "Iraq"),
    ),
    (
        "Germany sent soldiers from its base in Lithuania to attack the rebels.",
        ("Lithuania", "attacked", "rebels"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_force_from_a_side_acts_for_it(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The side a doing force comes from is the doer."""
    graph = extract(sentence, published="2015-05-12")
    assert triple in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_force_from_a_place_does_not(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Irregulars from a country, and forces moved from a place, stand for no side."""
    graph = extract(sentence, published="2015-05-12")
    assert triple not in triples(graph), sorted(triples(graph))
