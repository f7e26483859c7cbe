"""A body "of" or "in" a town apposed to its state or country ("Korvath Industries of Graz,
Austria", "Ridgemont College in Burlington, Vt."): it lies in the town and in the place
after the comma too (kg/extract/bases.py ``_apposed_containers``, conll66). An apposition
that names no place, or a town that is the verb's and not the body's, adds nothing.
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "The pumps were made by Korvath Industries of Graz, Austria.",
        {("Korvath Industries", "Graz"), ("Korvath Industries", "Austria")},
    ),
    (
        "Tallman Shipping Co. of Duluth, Minn., filed the suit.",
        {("Tallman Shipping Co.", "Duluth"), ("Tallman Shipping Co.", "Minn.")},
    ),
    (
        "Students at Ridgemont College in Burlington, Vt., published the study.",
        {("Ridgemont College", "Burlington"), ("Ridgemont College", "Vt")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_bases_apposed_containers_place_the_body_in_both(
    extract: Any, text: str, expected: set[tuple[str, str]]
) -> None:
    """The body lies in its town and in the state or country apposed to the town."""
    assert expected <= pairs(extract(text), "located_in")


HELD = [
    # (text, body, the places it may lie in): an apposition that is no place's name
    (
        "The case was filed by Dorsey Savings Co. of Fresno, its home town.",
        "Dorsey Savings Co.",
        {"Fresno"},
    ),
    # the town is where the verb happens, not where the body is
    (
        "Officials from Korvath Industries met in Graz, Austria, on Monday.",
        "Korvath Industries",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "body", "allowed"), HELD)
def test_bases_apposed_containers_no_place_beyond(
    extract: Any, text: str, body: str, allowed: set[str]
) -> None:
    """No place past the town (nor any place at all when the town is the verb's)."""
    placed = {o for s, o in pairs(extract(text), "located_in") if s == body}
    assert placed <= allowed, placed
