"""Attacks on unnamed places (kg/extract/target_areas.py): targets, positions and villages in a
named place, camps for named people. Sentences of our own about actors that are neither the
seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, object) of the attacked claim expected)
ATTACKS = [
    ("Turkish jets struck targets in northern Iraq.", ("Turkish army", "Iraq")),
    ("Russian aircraft carried out air strikes on positions in Idlib.", ("Russian army", "Idlib")),
    ("Ethiopian troops shelled villages in Somalia.", ("Ethiopian troops", "Somalia")),
    ("Syrian tanks fired shells at targets in Jenin.", ("Syrian army", "Jenin")),
    (
        "A camp for Congolese refugees was attacked by Burundian militiamen.",
        ("Burundian militiamen", "Congolese refugees"),
    ),
    # an owner does not bar the place the area noun itself names
    (
        "Syrian rebels advanced on the government's stronghold of Latakia.",
        ("Syrian rebels", "Latakia"),
    ),
]

# (sentence, (subject, object) of an attacked claim that must not be made)
NOT_ATTACKS = [
    # whose hideout it was is the one attacked, not the town he hid in
    ("Somali soldiers stormed his hideout in Kismayo.", ("Somali soldiers", "Kismayo")),
    # positions of a side within a country hit the side, not the country
    (
        "Nigerian warplanes carried out raids on rebel positions in northern Mali.",
        ("Nigerian army", "Mali"),
    ),
    # a thing shot at in a town is no area of it
    ("Pakistani soldiers fired at a car in Peshawar.", ("Pakistani soldiers", "Peshawar")),
]


@pytest.mark.parametrize(("sentence", "pair"), ATTACKS)
def test_target_areas_attack_the_place_named(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """An attack on targets, positions or villages in a named place attacks that place."""
    event_claim(extract(sentence), pair[0], "attacked", pair[1], "ASSAULT")


@pytest.mark.parametrize(("sentence", "pair"), NOT_ATTACKS)
def test_target_areas_not_the_place_of_an_owned_target(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """An owned hideout, a side's positions in a country, a car in a town: no attack on it."""
    graph = extract(sentence)
    assert not claims_between(graph, pair[0], "attacked", pair[1])
