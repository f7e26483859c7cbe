"""A departure for a place is a visit there ("took off for Iraq", "departed for Beijing"), as
"left for" is (``tools/lexicon/seeds/consult.txt``); a vehicle that takes off visits nothing,
and "took off" with no "for" goes nowhere. Sentences of our own about other actors than the
article the rows were learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    ("Justin Trudeau took off for Ukraine and Poland last weekend.", ("Justin Trudeau", "Ukraine")),
    ("Justin Trudeau took off for Ukraine and Poland last weekend.", ("Justin Trudeau", "Poland")),
    ("Shinzo Abe departed for Jakarta on Tuesday.", ("Shinzo Abe", "Jakarta")),
]

NOT_FOUND = [
    # a plane is no visitor
    ("The plane carrying Shinzo Abe took off for Jakarta.", ("Shinzo Abe", "Jakarta")),
    # no destination after "for": the phrase is about something else
    ("Justin Trudeau took off his jacket in Ottawa.", ("Justin Trudeau", "Ottawa")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_visits_departures_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The one who departs for a place visits it."""
    assert pair in pairs(extract(text), "visited")


@pytest.mark.parametrize(("text", "pair"), NOT_FOUND)
def test_visits_departures_not_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """No visit for a vehicle's departure or a "took off" with no destination."""
    assert pair not in pairs(extract(text), "visited")
