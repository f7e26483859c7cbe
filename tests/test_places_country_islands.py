"""A country's island taken up from the sentence before (place57): "arrived on Sicily ... .
In what became a routine on the Italian island" -> Sicily located_in Italy: "the <demonym>
island" is the one island that is no state (``islands`` of kg/data/en/nominals.json) named
in its sentence or the one before (kg/extract/nominals.py ``_owned_island``), and lies in
the demonym's country (kg/extract/places.py ``_country_islands``). Not when the article
names two such islands, none near, or the island noun has a name or a phrase of its own.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "More than 400 migrants arrived on Sicily on Sunday. In what became a near-daily "
        "routine on the Italian island, coastguard boats brought them ashore.",
        ("Sicily", "Italy"),
    ),
    (
        "Rescuers took the migrants to Sicily. The Italian island has received thousands.",
        ("Sicily", "Italy"),
    ),
    ("Tourists flocked to Bali. The Indonesian island has many temples.", ("Bali", "Indonesia")),
    (
        "Fishermen from Hainan sailed south. The Chinese island is home to a naval base.",
        ("Hainan", "China"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_places_country_island_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The island named before lies in the country of the demonym."""
    assert pair in pairs(extract(text), "located_in")


# (text, the island that must lie in nothing)
NOT_FOUND = [
    ("Migrants reached Lampedusa and Crete. The Italian island is overwhelmed.", "Lampedusa"),
    ("Migrants reached Lampedusa and Crete. The Italian island is overwhelmed.", "Crete"),
    (
        "Tourists flocked to Bali last year. Prices rose. Hotels filled. Many then went "
        "on to the Thai island.",
        "Bali",
    ),
    ("He dreamed of Bali. It was the island of his dreams.", "Bali"),
    ("Tourists flocked to Bali. The Thai island of Phuket was quieter.", "Bali"),
    ("Sicily voted on Sunday. Italian islands have long been poor.", "Sicily"),
]


@pytest.mark.parametrize(("text", "island"), NOT_FOUND)
def test_places_country_island_not_found(extract: Any, text: str, island: str) -> None:
    """The island is put in no country."""
    assert not {p for p in pairs(extract(text), "located_in") if p[0] == island}
