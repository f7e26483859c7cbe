"""Places taken up again (kg/extract/place_refs.py): a strike told with "there" or "in the
area" hit the one town named just before. Real model, actors and places of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

STRUCK = [
    # "there" after a town named as the place of fighting; a verb of doing and a strike noun
    (
        "Fighting broke out in Taiz on Friday. Saudi Arabia said it had launched an air "
        "strike there.",
        ("Saudi Arabia", "attacked", "Taiz"),
    ),
    # an attack verb with no object, after "the city of X"
    (
        "Rebels attacked the city of Aleppo on Friday. Russian jets struck there on Saturday.",
        ("Russian army", "attacked", "Aleppo"),
    ),
    # "there" hung on the strike noun, in a clause a source confirms
    (
        "Rebels shelled the town of Kobani on Friday. While Turkey confirmed it had "
        "conducted an air strike there in the last 24 hours, officials gave no details.",
        ("Turkey", "attacked", "Kobani"),
    ),
    # "in the area"
    (
        "Fighting broke out in Taiz on Friday. Saudi Arabia carried out air strikes in the "
        "area on Saturday.",
        ("Saudi Arabia", "attacked", "Taiz"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), STRUCK)
def test_place_refs_strike_there_hits_the_town(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A strike "there" or "in the area" hit the one town named just before."""
    assert triple in triples(extract(text))


NOT_STRUCK = [
    # not a strike
    ("Fighting broke out in Taiz on Friday. Saudi Arabia has an embassy there.", "Taiz"),
    # two towns named before: no one place
    (
        "Fighting broke out in Taiz and Aden on Friday. Saudi Arabia carried out air strikes "
        "there.",
        "Taiz",
    ),
    # the strike has a target of its own
    (
        "Fighting broke out in Taiz on Friday. Saudi Arabia carried out air strikes on "
        "Houthi positions there.",
        "Taiz",
    ),
]


@pytest.mark.parametrize(("text", "town"), NOT_STRUCK)
def test_place_refs_no_strike_on_the_town(extract: Any, text: str, town: str) -> None:
    """No town is attacked when the sentence tells no strike, names two towns before, or
    the strike had a target of its own."""
    assert ("Saudi Arabia", "attacked", town) not in triples(extract(text))
