"""Criticism read from how a side is named or how a verdict is reported (crit43).

A side named with "anti-" and a people's plural the article names ("anti-Christian
protesters" and "Christians") criticises that people (``kg/extract/loyalties.py``
``_article_actor``); a country's people ("anti-Russian") is no such group. Sentences of our
own, about actors other than the check sets'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]

# -- "anti-<people>" sides ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Christians gathered for prayers in Lahore. Hundreds of anti-Christian protesters "
            "marched on the church.",
            ("Hundreds of anti-Christian protesters", "Christians"),
        ),
        (
            "Hindus gathered at the temple in Karachi. Dozens of anti-Hindu protesters blocked "
            "the road to the temple.",
            ("anti-Hindu protesters", "Hindus"),
        ),
    ],
)
def test_loyalties_anti_people_side_criticises_the_people(
    extract: Any, text: str, expected: Pair
) -> None:
    """A side named "anti-" a people criticises the article's people of that name."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # "pro-": support is read only for names the gazetteer knows
        (
            "Christians gathered for prayers in Lahore. Hundreds of pro-Christian protesters "
            "marched on the church.",
            ("Hundreds of pro-Christian protesters", "Christians"),
        ),
        # a country's people: "anti-Russian" is against Russia, not the article's Russians
        (
            "Russians live in the city of Narva. Hundreds of anti-Russian protesters marched "
            "in Tallinn.",
            ("Hundreds of anti-Russian protesters", "Russians"),
        ),
    ],
)
def test_loyalties_no_anti_people_claim(extract: Any, text: str, unexpected: Pair) -> None:
    """Only "anti-" with a people's plural that is no country's people names a target."""
    graph = extract(text, published="2015-06-10")
    assert unexpected not in pairs(graph, "criticized")
    assert unexpected not in pairs(graph, "supported")
