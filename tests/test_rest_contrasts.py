"""A place set against the rest of a place (loc56): "abortion is banned in Northern Ireland
although it is legal in the rest of Britain", "the virus spread from Sierra Leone to the rest
of West Africa": the one other place the sentence names lies in the place whose rest it names
(kg/extract/rest_contrasts.py). Not with two other places, no named place after "of", a town
of another country, or a country set against the rest of a country. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Abortion is banned in Northern Ireland although it is legal in the rest of Britain.",
        ("Northern Ireland", "United Kingdom"),
    ),
    (
        "Curfews were lifted in Aden but remained in force in the rest of Yemen.",
        ("Aden", "Yemen"),
    ),
    ("Unemployment is higher in Andalusia than in the rest of Spain.", ("Andalusia", "Spain")),
    (
        "Protests spread from the city of Hyderabad to the rest of Sindh province.",
        ("Hyderabad", "Sindh province"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_rest_contrasts_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The one other place of the sentence lies in the place whose rest it names."""
    assert pair in pairs(extract(text), "located_in")


# (text, inner or None for any located_in at all)
NOT_FOUND = [
    ("The outbreak spread from Guinea to the rest of the world.", None),
    ("Russia annexed Crimea and threatened the rest of Ukraine.", None),
    ("Moscow warned Kiev against attacks on the rest of Ukraine.", None),
    ("Officials in Washington said the rest of Syria remained dangerous.", "Washington"),
    ("The rest of Nigeria voted for Buhari.", None),
    ("Kano was calm, unlike the rest of the country.", "Kano"),
    ("Troops from Chad moved into the rest of Nigeria.", "Chad"),
    ("The Gaza section of the rest of the report was redacted.", None),
    ("Clean water is rare in the rest of Asia, unlike in Europe.", "Europe"),
    (
        "Treatment for addicts is rare in the rest of Africa, compared to one in three in "
        "North America.",
        "North America",
    ),
]


@pytest.mark.parametrize(("text", "inner"), NOT_FOUND)
def test_rest_contrasts_not_found(extract: Any, text: str, inner: str | None) -> None:
    """No claim with two other places, no named whole, a town or country elsewhere."""
    found = pairs(extract(text), "located_in")
    assert not {p for p in found if inner is None or p[0] == inner}
