"""A capital alone in a dateline (place63, kg/extract/dateline_places.py ``_lone_capital``):
"Nairobi - Amina has waited ..." puts the capital in its country (capitals data) when the
story names that country; a town that is no capital, a capital whose country is disputed
(``disputed_capitals`` in kg/data/en/cues.json) or a story that never names the country make
no claim, and the reporter's place is no one's visit. Stories of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Kenya's homeless wait\n\nNairobi - Amina has waited three years for a home.",
        ("Nairobi", "Kenya"),
    ),
    (
        "Peru mine protests grow\n\nLima - Thousands of farmers marched on Monday.",
        ("Lima", "Peru"),
    ),
    (
        "Hungary closes its border\n\nBudapest - Hundreds of refugees waited at the station.",
        ("Budapest", "Hungary"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_dateline_capital_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The dateline's capital lies in the country the story names."""
    assert pair in pairs(extract(text, published="2015-05-15"), "located_in")


NOT_FOUND = [
    # a town that is no capital
    (
        "Protests spread in Missouri\n\nFerguson - Police fired tear gas on Monday.",
        ("Ferguson", "Missouri"),
    ),
    # a capital whose country is disputed
    (
        "Israel curbs Palestinian homes\n\nJerusalem - Raafat Sub Laban was born in the Old City.",
        ("Jerusalem", "Israel"),
    ),
    # a story that never names the capital's country
    (
        "Storm hits the coast\n\nNairobi - Amina has waited three years for a home.",
        ("Nairobi", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NOT_FOUND)
def test_dateline_capital_not_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """No capital, a disputed one or an unnamed country: no located_in claim."""
    assert pair not in pairs(extract(text, published="2015-05-15"), "located_in")


def test_dateline_capital_no_visit(extract: Any) -> None:
    """The dateline is the reporter's place: the story's people do not visit it."""
    graph = extract(
        "Kenya's homeless wait\n\nNairobi - Amina Yusuf has waited three years for a home.",
        published="2015-05-15",
    )
    assert not pairs(graph, "visited")
