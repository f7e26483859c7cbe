"""A named part of a place said with "in" (loc32): "the Hamra neighbourhood in west Beirut",
"the building in the Tahrir area in central Sanaa". With no "of" after the part noun, the
"in" right after it names the place the part lies in, wherever the parser hung the "in" (on
the noun, its verb or the noun the phrase describes) (kg/extract/place_parts.py
``_named_parts``). A name tagged as no place (a group, a people) is no part's name. Sentences
of our own, about other places than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    ("Police cordoned off the Hamra neighbourhood in west Beirut on Sunday.", ("Hamra", "Beirut")),
    ("Clashes erupted in the Hasaba area in northern Sanaa on Monday.", ("Hasaba", "Sanaa")),
    ("Gunmen attacked the Karrada area in Baghdad on Friday.", ("Karrada", "Baghdad")),
    (
        "Air strikes targeted the interior ministry building in the Karrada area in central "
        "Baghdad.",
        ("Karrada", "Baghdad"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_place_parts_in_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(extract(text), "located_in")


# (text, inner): no part of a place: a people's area, an "in" that is a date or a clause
NOT_FOUND = [
    ("The army entered the Kurdish area in northern Syria on Monday.", "Kurdish"),
    ("Rebels held the Houthi area in Sanaa for a week.", "Houthi"),
    ("Fighting in the Karrada area in March killed dozens of people.", "Karrada"),
]


@pytest.mark.parametrize(("text", "inner"), NOT_FOUND)
def test_place_parts_in_not_found(extract: Any, text: str, inner: str) -> None:
    assert not {p for p in pairs(extract(text), "located_in") if p[0] == inner}


# "section" is a part noun (loc56): "the Kensington section of north Philadelphia"
SECTIONS = [
    ("Residents of the Bronx section of New York protested.", ("Bronx", "New York")),
    ("Police patrolled the Fishtown section of Philadelphia.", ("Fishtown", "Philadelphia")),
]


@pytest.mark.parametrize(("text", "pair"), SECTIONS)
def test_place_parts_in_section(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The named section of a town lies in the town."""
    assert pair in pairs(extract(text), "located_in")


SECTIONS_NOT = [
    "The Gaza section of the report was redacted.",
    "The Sports section of the New York Times ran the story.",
    "The Syria section of the State Department report was short.",
]


@pytest.mark.parametrize("text", SECTIONS_NOT)
def test_place_parts_in_section_not(extract: Any, text: str) -> None:
    """A section of a report or a newspaper is no place's part."""
    assert not pairs(extract(text), "located_in")
