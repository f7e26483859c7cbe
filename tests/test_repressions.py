"""Dissent put down (kg/extract/repressions.py), on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sri Lanka crushed a rebellion by the Tamil Tigers in 2009.",
            ("Sri Lanka", "attacked", "Tamil Tigers"),
        ),
        (
            "The rebellion by the Tamil Tigers was crushed by Sri Lanka in 2009.",
            ("Sri Lanka", "attacked", "Tamil Tigers"),
        ),
        (
            "The Ethiopian government suppressed the revolt of the Oromo Liberation Front.",
            ("Ethiopian government", "attacked", "Oromo Liberation Front"),
        ),
        (
            "Iran crushed the Green Movement's protests in 2009.",
            ("Iran", "attacked", "Green Movement"),
        ),
        (
            "Turkish police broke up a demonstration by the opposition CHP party in Ankara.",
            ("Turkish police", "attacked", "CHP"),
        ),
        # the parser hangs the "by" on the verb: an active verb has no agent of its own
        (
            "The Kenyan police suppressed protests by the opposition.",
            ("Kenyan police", "attacked", "opposition"),
        ),
    ],
)
def test_repressions_attack_who_rose_up(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """Whoever puts an uprising, revolt or protest down attacks the one it is by."""
    found = triples(extract(text))
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


@pytest.mark.parametrize(
    "text",
    [
        # a country in front of the uprising is where it happened, not who rose up
        "Bashar al-Assad crushed the Syrian uprising in 2011.",
        # no uprising: the noun is not dissent, or the verb needs its particle
        "Sri Lanka crushed the Maldives in the cricket final.",
        "Kenya broke a protest deal with Uganda.",
    ],
)
def test_repressions_not_without_a_rising_actor(extract: Any, text: str) -> None:
    """No attack where the uprising has no actor of its own or nothing rose up."""
    assert not any(p == "attacked" for _, p, _ in triples(extract(text)))


def test_repressions_bare_group_noun_is_the_articles_group(extract: Any) -> None:
    """A bare group noun in front of the uprising ("an opposition uprising") is the one
    group of its kind the article names; with none named, no claim."""
    named = triples(
        extract(
            "Opposition activists marched in Lusaka on Monday. "
            "Zambia quelled a 2016 opposition uprising with help from Malawi."
        )
    )
    assert ("Zambia", "attacked", "Opposition activists") in named
    alone = triples(extract("Zambia quelled an opposition uprising in 2016."))
    assert not any(p == "attacked" for _, p, _ in alone)
