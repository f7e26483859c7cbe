"""Places a part or place noun lists ("large parts of X, including Y"), a district of a
capital named in apposition ("the X neighbourhood of the capital, Y") and a provincial
capital of the province named before it (kg/extract/places.py),
with the real model on sentences about places other than the seed's and the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # sentence, expected triple
    (
        "Boko Haram seized large parts of Nigeria, including Bama, last year.",
        ("Bama", "located_in", "Nigeria"),
    ),
    (  # the model takes the town for a person
        "The rebels have taken control of large parts of Nigeria, including Bama, and were "
        "advancing on Maiduguri.",
        ("Bama", "located_in", "Nigeria"),
    ),
    (
        "Fighting spread to several towns in Kenya, including Garissa and Mandera.",
        ("Mandera", "located_in", "Kenya"),
    ),
    (
        "Police raided the Kibera neighbourhood of the capital, Nairobi, on Monday.",
        ("Kibera", "located_in", "Nairobi"),
    ),
    (
        "Troops were sent to the Helmand province after the Taliban overran the provincial "
        "capital, Lashkar Gah.",
        # the province keeps its noun, as the text writes it ("Helmand province")
        ("Lashkar Gah", "located_in", "Helmand province"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_places_listed_part_lies_in_place(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A place listed after a part of a named place, or a district of a named capital, lies
    in it."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


def test_places_listed_member_is_no_place(extract: Any) -> None:
    """Members of an alliance listed after "including" lie in nothing."""
    graph = extract("Members of NATO, including France, met in Brussels.", published="2015-05-10")
    assert ("France", "located_in", "NATO") not in triples(graph)


def test_places_provincial_capital_needs_a_province(extract: Any) -> None:
    """A provincial capital lies in no place the sentence does not name as a province."""
    graph = extract(
        "The governor of Kandahar met officials in the provincial capital, Kabul.",
        published="2015-05-10",
    )
    assert ("Kabul", "located_in", "Kandahar") not in triples(graph)
