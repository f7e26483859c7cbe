"""Untagged places: a one-word name the model did not tag is a place where the words around
say so ("the province of X", "in nearby X", coordinated with a tagged place), and nothing
otherwise (kg/resolve/entities.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

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


# place11: a name the model took for a people (NORP) before "state" or an admin noun
PEOPLE_TAGGED_AREAS = [
    ("Floods forced thousands from their homes in Pahang state in Malaysia.", "Pahang state"),
    ("Loggers cleared forest in Sarawak state in Malaysia.", "Sarawak state"),
    ("Clashes erupted in Labuan state in Malaysia.", "Labuan state"),
]


@pytest.mark.parametrize(("text", "place"), PEOPLE_TAGGED_AREAS)
def test_entities_untagged_places_people_tagged_area(extract: Any, text: str, place: str) -> None:
    """A one-word name tagged as a people, no demonym, before "state" is that area."""
    graph = extract(text)
    assert node_types(graph).get(place) in ("City", "Place"), node_types(graph)
    assert (place, "Malaysia") in pairs(graph, "located_in")


@pytest.mark.parametrize(
    "text",
    [
        "Fighters entered an Islamic state in Iraq.",
        "Clashes erupted in Kurdish region in Iraq.",
    ],
)
def test_entities_untagged_places_people_area_needs_a_name(extract: Any, text: str) -> None:
    """A faith's or a community's word before "state" or "region" names no area."""
    types = node_types(extract(text))
    assert not [x for x in types if x.endswith((" state", " region"))], types
