"""The people a vehicle carries are the ones attacked when it is ("ambushed a truck carrying
soldiers"). Sentences are about other actors than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Al-Shabab fighters ambushed a truck carrying Kenyan soldiers near Mandera.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
    (
        "Boko Haram fighters opened fire on a boat carrying Nigerian soldiers on Lake Chad.",
        ("Boko Haram", "attacked", "Nigerian soldiers"),
    ),
    (
        "Taliban fighters attacked a minibus transporting Afghan soldiers in Helmand.",
        ("Taliban", "attacked", "Afghan soldiers"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # a vehicle that carries people somewhere is no attack on them
    (
        "A boat carrying Afghan soldiers reached the port of Karachi.",
        ("Afghan soldiers", "attacked", "Karachi"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_vehicle_riders_attacked(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The people carried by the vehicle attacked are attacked."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_vehicle_riders_no_attack(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A vehicle carrying people with no attack on it makes no attack."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
