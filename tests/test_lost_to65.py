"""Land lost to an armed actor (gerund65, kg/extract/assaults.py ``_lost_to``): the loser, an
armed group, a government or a country, held the place, so the taker fought it as well as
taking the place (as a fallen place's holder is fought, seize58). Sentences of our own, not
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

# (sentence, taker, loser, status)
LOST = [
    (
        "Kurdish fighters lost the town of Kobani to Islamic State militants.",
        "Islamic State",
        "Kurdish fighters",
        "occurred",
    ),
    ("The Syrian army lost Palmyra to ISIL in May.", "Islamic State", "Syrian army", "occurred"),
    ("Ukraine lost Crimea to Russia in 2014.", "Russia", "Ukraine", "occurred"),
    # a government holds its towns
    (
        "The Iraqi government previously lost the city of Ramadi to ISIL in May.",
        "Islamic State",
        "Iraqi government",
        "occurred",
    ),
    ("The Iraqi army could lose Ramadi to ISIL.", "Islamic State", "Iraqi army", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "taker", "loser", "status"), LOST)
def test_lost_to_loser_fought(
    extract: Any, sentence: str, taker: str, loser: str, status: str
) -> None:
    """The one a place is lost to attacked the one who lost it."""
    found = claims_between(extract(sentence, published="2015-05-15"), taker, "attacked", loser)
    assert found, sentence
    assert {r.qualifiers.status.value for r in found} == {status}, sentence


# (sentence, a pair that must not be an attack)
NOT_LOST = [
    # a seat, a bid or a city in an election is no land taken by force
    ("Cameron lost his seat to the SNP.", ("SNP", "Cameron")),
    ("Qatar lost the bid to Russia.", ("Russia", "Qatar")),
    ("The Labour Party lost Glasgow to the SNP.", ("SNP", "Labour Party")),
    # a bare "rebels" names no side
    ("Ukrainian forces lost Debaltseve to the rebels in February.", ("rebels", "Ukrainian forces")),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_LOST)
def test_lost_to_no_fight(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """Losing a seat, a bid or a vote, or a town to an unnamed side, is no attack."""
    assert pair not in pairs(extract(sentence, published="2015-05-15"), "attacked"), sentence
