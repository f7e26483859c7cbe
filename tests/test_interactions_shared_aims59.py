"""Coordinated sides of a fight with an attack as its aim fight together, not each other
("X and Y are involved in heavy fighting to retake Z from W": kg/extract/interactions.py
``_shared_attack_aim``); with no such aim, coordinated sides of a fight still fight each other."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

ALLIES = [
    (
        "Kenyan troops and Somali soldiers were involved in fierce fighting to capture the port "
        "of Kismayo from al-Shabab.",
        ("Kenyan troops", "Somali soldiers"),
        ("Kenyan troops", "attacked", "al-Shabab"),
    ),
    (
        "Chadian troops and Nigerian soldiers were engaged in heavy fighting to retake Gwoza "
        "from Boko Haram.",
        ("Chadian troops", "Nigerian soldiers"),
        ("Nigerian soldiers", "attacked", "Boko Haram"),
    ),
]


@pytest.mark.parametrize(("text", "allies", "kept"), ALLIES)
def test_interactions_shared_aims_are_one_side(
    extract: Any, text: str, allies: tuple[str, str], kept: tuple[str, str, str]
) -> None:
    """The sides of a fight aimed at taking a place from a foe attack the foe, not each
    other."""
    found = triples(extract(text, published="2015-05-15"))
    assert kept in found, found
    first, second = allies
    assert (first, "attacked", second) not in found, found
    assert (second, "attacked", first) not in found, found


def test_interactions_shared_aims_none_keeps_the_sides(extract: Any) -> None:
    """With no attack as the fight's aim, its coordinated sides fight each other."""
    found = triples(extract("Police and protesters were involved in heavy fighting in Cairo."))
    assert ("Police", "attacked", "protesters") in found, found
