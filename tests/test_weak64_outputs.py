"""Wrong outputs of real news (weak64): civilians expelled are not fought
(kg/extract/interactions.py _armed_side); a state's warning to its own people is no threat
(kg/extract/advisories.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

EXPELLED_CIVILIANS = [
    "Jordan expelled the Iraqi refugees.",
    "Libya expelled the Egyptian migrants.",
    "Police expelled the protesters from the square.",
]


@pytest.mark.parametrize("text", EXPELLED_CIVILIANS)
def test_expelled_civilians_not_attacked(extract: Any, text: str) -> None:
    """Refugees, migrants or protesters driven out are expelled, not assaulted."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found


EXPELLED_FIGHTERS = [
    ("The Syrian army expelled the rebels from Homs.", ("Syrian army", "attacked", "rebels")),
    ("Nigeria expelled Boko Haram from Gwoza.", ("Nigeria", "attacked", "Boko Haram")),
]


@pytest.mark.parametrize(("text", "triple"), EXPELLED_FIGHTERS)
def test_expelled_fighters_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An armed group, or a group of no known kind, driven out by fighters is fought."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


ADVISORIES = [
    "Canada warned its citizens against travel to Burundi.",
    "Germany cautioned its nationals against visiting Yemen.",
    "The United States warned Americans against travel to Libya.",
    "India warned its citizens in Kathmandu to stay indoors.",
]


@pytest.mark.parametrize("text", ADVISORIES)
def test_advisory_no_threat(extract: Any, text: str) -> None:
    """A state warning its own people is advising them, not threatening anyone."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "threatened"}, found


THREATS = [
    ("Turkey warned Syria of serious consequences.", ("Turkey", "threatened", "Syria")),
    ("Japan warned China against provocations.", ("Japan", "threatened", "China")),
]


@pytest.mark.parametrize(("text", "triple"), THREATS)
def test_warning_to_other_side_threat(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A warning to another side stays a threat."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
