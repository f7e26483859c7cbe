"""An object "them" whose sentence before names no plural subject takes up the one plural
actor that sentence names elsewhere (kg/extract/actor_coref.py, ``_named_object``): "X met
the ministers. He later criticised them" is aimed at the ministers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Raila Odinga met the Tanzanian ministers on Monday. "
        "He later criticised them over the border dispute.",
        ("Raila Odinga", "criticized", "Tanzanian government"),
    ),
    (
        "Pope Francis received the Cuban bishops at the Vatican. He praised them for their work.",
        ("Francis", "supported", "Cuban clergy"),
    ),
    (
        "The Nigerian army surrounded the Boko Haram fighters near Gwoza. "
        "It then attacked them with jets.",
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Raila Odinga praised the protesters on Monday. Police later arrested them.",
        ("Police", "sanctioned", "protesters"),
    ),
    (
        "Peter Ndolo met the policemen on Monday. Later he killed two of them.",
        ("Peter Ndolo", "attacked", "policemen"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_object_them_takes_up_object(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The sentence before's one plural actor outside its subject is what "them" stands for."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT_THE_OBJECT = [
    # a plural subject of the sentence before, named or not, is the likelier antecedent
    (
        "The Kenyan diplomats met the Tanzanian ministers on Monday. Odinga later criticised them.",
        ("Raila Odinga", "criticized", "Tanzanian government"),
    ),
    (
        "They met the Tanzanian ministers on Monday. Odinga later criticised them.",
        ("Raila Odinga", "criticized", "Tanzanian government"),
    ),
    # a preposition's object is no antecedent: "them" may be a body of the sentence itself
    (
        "Raila Odinga spoke about the protesters on Monday. Police later arrested them.",
        ("Police", "sanctioned", "protesters"),
    ),
    # "their" is left to its own sentence
    (
        "Raila Odinga met the Tanzanian ministers on Monday. He praised their commitment.",
        ("Raila Odinga", "supported", "Tanzanian government"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_THE_OBJECT)
def test_object_them_not_taken_up(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """No claim on the sentence before's object when its subject may be "them", or for "their"."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
