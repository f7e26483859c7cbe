"""A departure for a place is a visit there ("departed for Beijing"), as "left for" is, and
so is a jet's arrival ("jetted into Lima") (``tools/lexicon/seeds/consult.txt``); a vehicle
that departs visits nothing. "Take" and "set" are no trigger verbs: a row for "took off for"
made "take" one and hid the visit in "took a tour of Kenya", as "set off for" hid the clash in
"set up a clash with X". Sentences of our own about other actors than
the article the row was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    ("Shinzo Abe departed for Jakarta on Tuesday.", ("Shinzo Abe", "Jakarta")),
    ("Justin Trudeau departed for Ukraine and Poland on Friday.", ("Justin Trudeau", "Poland")),
    ("Pope Francis jetted into Lima on Sunday.", ("Francis", "Lima")),
    # a tour taken is still a visit
    ("Barack Obama took a tour of Kenya last week.", ("Barack Obama", "Kenya")),
]

NOT_FOUND = [
    # a plane is no visitor
    ("The plane carrying Shinzo Abe departed for Jakarta.", ("Shinzo Abe", "Jakarta")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_visits_departures_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The one who departs for a place, or jets into it, visits it."""
    assert pair in pairs(extract(text), "visited")


@pytest.mark.parametrize(("text", "pair"), NOT_FOUND)
def test_visits_departures_not_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """No visit for a vehicle's departure."""
    assert pair not in pairs(extract(text), "visited")
