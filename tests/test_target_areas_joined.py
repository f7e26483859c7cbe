"""A casualty verb coordinated with an attack verb and sharing its subject ("killed 12 people
and wounded 30 in Mogadishu") names where the attack struck (kg/extract/target_areas.py,
_joined_attacks). Sentences are about other actors and places than the article that showed
the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND: list[tuple[str, tuple[str, str]]] = [
    (
        "Al-Shabab fighters killed 12 people and wounded 30 in Mogadishu on Tuesday.",
        ("al-Shabab", "Mogadishu"),
    ),
    (
        "A suicide bomber killed nine people and injured dozens more in Maiduguri on Friday.",
        ("suicide bomber", "Maiduguri"),
    ),
    # the parser makes both casualty verbs conjuncts of the weapons' participle
    (
        "A series of barrel bombs dropped by the Syrian army on Sunday killed 20 people and "
        "wounded dozens in Idlib province.",
        ("Syrian army", "Idlib"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str]]] = [
    # the second verb has a subject of its own: its place is not where the first struck
    (
        "Boko Haram fighters killed 12 people, and soldiers wounded 30 in Maiduguri.",
        ("Boko Haram", "Maiduguri"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), FOUND)
def test_target_areas_joined_casualty_place(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """The place after the coordinated casualty verb was attacked by the shared subject."""
    graph = extract(sentence, published="2015-05-15")
    assert pair in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))


@pytest.mark.parametrize(("sentence", "pair"), NOT_FOUND)
def test_target_areas_joined_own_subject(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """A coordinated clause with its own subject lends the first verb no place."""
    graph = extract(sentence, published="2015-05-15")
    assert pair not in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))
