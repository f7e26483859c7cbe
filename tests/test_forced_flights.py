"""Foes an armed side forced to flee, withdraw or retreat are attacked by it
(kg/extract/forced_flights.py), on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

DRIVEN_OFF = [
    (
        "The Shabab forced the Ethiopian soldiers to withdraw from Baidoa.",
        ("Shabab", "attacked", "Ethiopian soldiers"),
    ),
    (
        "Boko Haram fighters stormed the town, forcing Nigerian troops to retreat.",
        ("Boko Haram", "attacked", "Nigerian troops"),
    ),
    (
        "The Afghan army recaptured the district, forcing the Taliban to flee.",
        ("Afghan army", "attacked", "Taliban"),
    ),
]
NOT_BY_ARMS = [
    # a state's or a crowd's pressure is no armed attack
    "Ecuador forced the US ambassador to withdraw from the talks.",
    "Angry protesters forced the Ukrainian president to flee Kiev.",
    # not a flight
    "The Nigerian army forced the governor of Borno to resign.",
]


@pytest.mark.parametrize(("text", "pair"), DRIVEN_OFF)
def test_forced_flights_armed_sides(extract: Any, text: str, pair: Any) -> None:
    """An armed side that forces a foe to flee, withdraw or retreat attacks it."""
    assert pair in triples(extract(text))


@pytest.mark.parametrize("text", NOT_BY_ARMS)
def test_forced_flights_no_attack(extract: Any, text: str) -> None:
    """A state's or a crowd's pressure, or a foe forced to do anything but flee: no attack."""
    graph = extract(text)
    assert not [r for r in graph.claims if r.predicate.value == "attacked"], triples(graph)
