"""Talks whose home side the article leaves unsaid are the talks of the one country it is
about (``kg/extract/unowned_talks.py``): "amid ongoing peace talks with the FARC rebels" in
an article about Colombia. Sentences of our own, about other actors than the article that
showed the form."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

OPENING = "Colombia will hold elections on Sunday. "

FOUND = [
    "Voters are split over the ongoing peace talks with the FARC rebels.",
    "The vote comes amid ongoing peace talks with the FARC rebels.",
]


@pytest.mark.parametrize("text", FOUND)
def test_unowned_talks_found(extract: Any, text: str) -> None:
    """Peace talks with a party and no side of their own are the article's country's."""
    found = pairs(extract(OPENING + text, published="2015-05-15"), "negotiated_with")
    assert ("Colombia", "FARC") in found or ("FARC", "Colombia") in found, found


NOT_FOUND = [
    # the sides are named
    "The vote comes amid peace talks between Cuba and the FARC rebels.",
    # an owner in front
    "The vote comes amid Venezuela's peace talks with the FARC rebels.",
    # no negotiation word: talks of any kind
    "The vote comes amid talks with the FARC rebels.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_unowned_talks_not_found(extract: Any, text: str) -> None:
    """Sides named, an owner, or no negotiation word: no talks of the article's country."""
    found = pairs(extract(OPENING + text, published="2015-05-15"), "negotiated_with")
    assert ("Colombia", "FARC") not in found, found
    assert ("FARC", "Colombia") not in found, found


def test_unowned_talks_home_side(extract: Any) -> None:
    """A body of the article's country's own state is the home side, not a partner."""
    graph = extract(
        OPENING + "The vote comes amid ongoing peace talks with the Colombian army.",
        published="2015-05-15",
    )
    assert not pairs(graph, "negotiated_with"), pairs(graph, "negotiated_with")
