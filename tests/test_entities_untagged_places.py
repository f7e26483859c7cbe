"""Untagged places: a one-word name the model did not tag is a place where the words around
say so ("the province of X", "in nearby X", coordinated with a tagged place), and nothing
otherwise (kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

PLACES = [
    ("Coalition jets bombed the district of Lahj on Tuesday.", "Lahj"),
    ("Government troops shelled rebel positions in nearby Lahj on Sunday.", "Lahj"),
    ("Air raids were reported in Taiz, Lahj and Aden overnight.", "Lahj"),
]


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_entities_untagged_places_are_found(extract: Any, text: str, place: str) -> None:
    """A name after a place noun and "of", after "nearby", or listed with places is a place."""
    types = node_types(extract(text))
    assert types.get(place) in ("City", "Place"), types


NOT_PLACES = [
    # a name the model did not tag with no place cue
    ("Mr Lahj told reporters the talks had failed.", "Lahj"),
    # the last word of a longer name listed with a place
    ("The champion missed the Indian Wells and Miami tournaments this spring.", "Wells"),
    # a name opening its sentence
    ("Lahj was quiet on Tuesday, residents said.", "Lahj"),
]


@pytest.mark.parametrize(("text", "name"), NOT_PLACES)
def test_entities_untagged_places_need_a_cue(extract: Any, text: str, name: str) -> None:
    """Without a place cue, an untagged word makes no place node."""
    types = node_types(extract(text))
    assert types.get(name) not in ("City", "Place"), types
