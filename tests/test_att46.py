"""`attacked` misses, third pass (att46).

A group's name in front of a plain noun ("the Zetas cartel", "the Boko Haram group", "the
Jalisco New Generation drug cartel") stands for the named group, so the clause it heads has a
subject or object (kg/extract/name_heads.py ``link_name_heads``; ``name_heads`` of
kg/data/en/cues.json). A country's or people's word in front of the noun ("the Mexican
cartel") names no group. Places named as examples of the parts taken ("seized control of
parts of X, including the city of Y") are taken too when the parser hangs the example on the
holder noun "control" (kg/extract/taken_places.py ``_territory_taken``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zetas cartel ambushed Mexican soldiers in Tamaulipas on Monday.",
            ("Zetas", "attacked", "Mexican soldiers"),
        ),
        (
            "The Boko Haram group attacked Nigerian soldiers in Borno.",
            ("Boko Haram", "attacked", "Nigerian soldiers"),
        ),
    ],
)
def test_name_heads_group_noun_is_the_named_group(
    extract: Any, text: str, expected: Triple
) -> None:
    """A plain group noun after a group's name acts as that group."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            "The Mexican cartel attacked Mexican soldiers in Tamaulipas.",
            ("Mexico", "attacked", "Mexican soldiers"),
        ),
        (
            "The Kenyan rebel group attacked Somali soldiers near the border.",
            ("Kenya", "attacked", "Somali soldiers"),
        ),
    ],
)
def test_name_heads_no_country_group(extract: Any, text: str, forbidden: Triple) -> None:
    """A country's adjective in front of a group noun names no group that attacked."""
    assert forbidden not in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Al-Shabab seized control of parts of Somalia, including the port city of Kismayo.",
            ("al-Shabab", "attacked", "Kismayo"),
            None,
        ),
        (
            "The government took control of parts of the economy, including the central bank.",
            None,
            ("government", "attacked", "central bank"),
        ),
    ],
)
def test_taken_places_examples_on_the_holder(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """Places named as examples after "took control of parts of X" are taken too, where the
    parser hangs "including" on "control"; no place, no attack."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found
    if expected is None:
        assert not any(p == "attacked" for _, p, _ in found)
