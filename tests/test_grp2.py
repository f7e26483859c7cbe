"""A vague bare "court" acting as its clause's subject ("the court sentenced him", "a court
convicted her") in an article about one country is that country's court
(kg/resolve/collectives.py ``_acting_bare``, ``acting_bare_nouns`` in kg/data/en/words.json).
Real model, invented articles about other actors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

KENYA = (
    "Kenya charges opposition leader\n\n"
    "Kenya's government has charged an opposition leader in Nairobi. "
    "Kenyan police said the protests in Kenya had ended. "
    "{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "On Monday the court sentenced Raila Odinga to three years in prison.",
            ("Kenyan court", "sanctioned", "Raila Odinga"),
        ),
        (
            "In April, a court sentenced Raila Odinga to two years in prison.",
            ("Kenyan court", "sanctioned", "Raila Odinga"),
        ),
        (
            "The court convicted Raila Odinga of fraud last year.",
            ("Kenyan court", "sanctioned", "Raila Odinga"),
        ),
    ],
)
def test_grp2_acting_bare_court_is_the_country_court(
    extract: Any, sentence: str, expected: tuple[str, str, str]
) -> None:
    graph = extract(KENYA.format(sentence=sentence), published="2015-05-15")
    assert expected in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(
    "sentence",
    [
        # the court is no subject: no actor
        "Raila Odinga took his claims to the court on Monday.",
        "Raila Odinga said he would appeal to a court.",
        # the court acts on no one named
        "Raila Odinga said the court would begin hearing witnesses on Monday.",
        "The court acquitted the opposition leader of murder charges.",
        # a court named as a whole clause's owner is not a bare court
        "Raila Odinga said the court's ruling was unfair.",
    ],
)
def test_grp2_court_not_acting_is_no_country_court(extract: Any, sentence: str) -> None:
    graph = extract(KENYA.format(sentence=sentence), published="2015-05-15")
    labels = {s for s, _, _ in triples(graph)} | {o for _, _, o in triples(graph)}
    assert "Kenyan court" not in labels, sorted(triples(graph))


def test_grp2_bare_court_needs_one_main_country(extract: Any) -> None:
    """In an article about two countries alike, "the court" is no one's."""
    text = (
        "Kenya and Uganda hold talks\n\n"
        "Kenya and Uganda met in Kampala. Kenya and Uganda signed a deal in Nairobi. "
        "The court sentenced Raila Odinga to three years in prison."
    )
    graph = extract(text, published="2015-05-15")
    assert not any(s.endswith(" court") for s, _, _ in triples(graph)), sorted(triples(graph))
