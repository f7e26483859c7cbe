"""A town's country from the article's context (kg/extract/place_coref.py): in a story about
one country, "the port city of X" lies in it. Real model, places and actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# a story about Peru: Peru named three times, no other country in the headline
_PERU = (
    "Peru protests turn violent\n\n"
    "Peru's President Ollanta Humala faced protests on Monday. "
    "Police in Peru used tear gas against farmers. "
    "Peruvian officials said the mining project would go ahead. "
)

PLACED = [
    # "the port city of X": a town the story introduces with a place noun
    (_PERU + "Thousands marched in the port city of Ilo on Tuesday.", "Ilo"),
    # "X city": the place noun after the name
    (_PERU + "A man was killed in the Islay area of Cusco city.", "Cusco"),
    # "the town of X" as an object
    (_PERU + "Farmers blocked roads near the town of Cocachacra on Tuesday.", "Cocachacra"),
]


@pytest.mark.parametrize(("text", "town"), PLACED)
def test_place_coref_town_lies_in_the_story_country(extract: Any, text: str, town: str) -> None:
    """A town introduced by a place noun in a story about one country lies in it."""
    assert (town, "located_in", "Peru") in triples(extract(text, published="2015-05-20"))


NOT_PLACED = [
    # the phrase names the town's own country
    (_PERU + "Humala later flew to the Bolivian city of Tarija for talks.", "Tarija"),
    # the sentence names another country
    (_PERU + "Humala met Evo Morales of Bolivia in the city of Tarija on Tuesday.", "Tarija"),
    # a capital of another country: its country is known
    (_PERU + "Humala later flew to the city of La Paz for talks.", "La Paz"),
    # no place noun introduces the town: a bare name is not placed from context
    (_PERU + "Thousands marched in Cusco on Tuesday.", "Cusco"),
    # a story about two countries: no one country it is about
    (
        "Peru and Bolivia hold talks\n\n"
        "Peru and Bolivia met on Monday. Peru and Bolivia signed a deal. Peru and Bolivia "
        "agreed to meet again. Thousands marched in the port city of Ilo on Tuesday.",
        "Ilo",
    ),
]


@pytest.mark.parametrize(("text", "town"), NOT_PLACED)
def test_place_coref_town_elsewhere_is_not_placed(extract: Any, text: str, town: str) -> None:
    """No town is put in the story's country when the text or the data puts it elsewhere,
    or when the story is about no one country."""
    found = triples(extract(text, published="2015-05-20"))
    assert not any(s == town and p == "located_in" and o == "Peru" for s, p, o in found)
