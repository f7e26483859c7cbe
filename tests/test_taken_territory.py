"""Territory taken by an actor's active verb ("seized more territory in the province of X")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Taliban have seized more territory in the southern province of Helmand.",
            ("Taliban", "attacked", "Helmand"),
        ),
        (
            "Fighters from al-Shabaab seized large parts of the Lower Shabelle region.",
            ("al-Shabaab", "attacked", "Lower Shabelle"),
        ),
        (
            "Boko Haram took control of parts of Borno state last year.",
            ("Boko Haram", "attacked", "Borno"),
        ),
        ("Boko Haram seized areas of Borno state.", ("Boko Haram", "attacked", "Borno")),
        ("The Taliban seized large parts of Helmand.", ("Taliban", "attacked", "Helmand")),
    ],
)
def test_taken_places_territory(extract: Any, text: str, expected: tuple[str, str, str]) -> None:
    """An actor taking territory, parts or areas of or in a place attacked the place."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The delegation from Kenya took part in talks in Geneva.",
        "Police seized drugs in Lagos on Monday.",
        "The army seized weapons in the area of Kismayo.",
    ],
)
def test_taken_places_territory_not_things(extract: Any, text: str) -> None:
    """Taking part in talks, or seizing goods somewhere, is no attack on the place."""
    assert not any(p == "attacked" for _, p, _ in triples(extract(text)))
