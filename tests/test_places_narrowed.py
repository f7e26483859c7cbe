"""A place a narrowing adverb singles out of a country named just before ("killed in Kenya,
mostly in the coastal Lamu county") lies in that country (kg/extract/places.py,
``_narrowed``), with the real model on sentences about places other than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

CASES: list[Case] = [
    (
        "Another 17 people were killed in Kenya, mostly in the coastal Lamu county.",
        ("Lamu county", "located_in", "Kenya"),
        None,
    ),
    (
        "Dozens of people were killed in Nigeria, mainly in Borno state.",
        ("Borno", "located_in", "Nigeria"),
        None,
    ),
    (  # the parser takes the name for the place noun's adjective
        "Officials said another 12 people were killed in Nepal, mostly in the central Gorkha "
        "district, and roads were closed.",
        ("Gorkha", "located_in", "Nepal"),
        None,
    ),
    (  # each place of the narrowed list
        "Air strikes hit targets in Yemen, mainly in Aden and Taez.",
        ("Taez", "located_in", "Yemen"),
        None,
    ),
    (
        "Hundreds were arrested in Egypt, particularly in Cairo, on Friday.",
        ("Cairo", "located_in", "Egypt"),
        None,
    ),
    (  # a country lies in no other place
        "Protests spread in Europe, mostly in France.",
        None,
        ("France", "located_in", "Europe"),
    ),
    (  # no narrowing adverb: two places of one verb, neither in the other
        "The minister met officials in Kenya and later in Ethiopia.",
        None,
        ("Ethiopia", "located_in", "Kenya"),
    ),
]


@pytest.mark.parametrize(("sentence", "found", "absent"), CASES)
def test_places_narrowed_in(
    extract: Any,
    sentence: str,
    found: tuple[str, str, str] | None,
    absent: tuple[str, str, str] | None,
) -> None:
    """The narrowed-to place lies in the country before it; nothing else is placed."""
    claims = triples(extract(sentence, published="2015-05-10"))
    if found is not None:
        assert found in claims
    if absent is not None:
        assert absent not in claims
