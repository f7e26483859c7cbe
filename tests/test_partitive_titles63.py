"""A plural title a partitive picks one person out of (kg/extract/roles.py, member63):
"X, one of the founders of Y", "X is one of the leaders of Y", "X was among the aides of Y"
say the title of X, as one of several (``partitive_titles`` in kg/data/en/cues.json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # "one of" in apposition: a leader's or founder's title of several is a member's
    (
        "Pablo Iglesias, one of the founders of Podemos, spoke in Madrid on Sunday.",
        ("Pablo Iglesias", "member_of", "Podemos"),
    ),
    (
        "Essam el-Erian, one of the leaders of the Muslim Brotherhood, was arrested in Cairo.",
        ("Essam el-Erian", "member_of", "Muslim Brotherhood"),
    ),
    (
        "Kem Sokha, one of Cambodia's opposition leaders, returned to Phnom Penh.",
        ("Kem Sokha", "member_of", "Cambodian opposition"),
    ),
    # "one of" after a copula
    (
        "Mohamed Beltagy is one of the leaders of the Muslim Brotherhood.",
        ("Mohamed Beltagy", "member_of", "Muslim Brotherhood"),
    ),
    # "among" after a copula: an aide's title stays an adviser's
    (
        "Ayman al-Zawahiri was among the aides of Osama bin Laden.",
        ("Ayman al-Zawahiri", "adviser_to", "Osama bin Laden"),
    ),
    (
        "Beppe Grillo was among the founders of the Five Star Movement.",
        ("Beppe Grillo", "member_of", "Five Star Movement"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_roles_partitive_title(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A plural title picked out by "one of" or "among" is said of the person."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # denied
    (
        "Yanis Varoufakis was not among the founders of Syriza.",
        ("Yanis Varoufakis", "member_of", "Syriza"),
    ),
    # the plural is no title
    (
        "Khaled Saeed, one of the victims of the attack on Hamas, died in hospital.",
        ("Khaled Saeed", "member_of", "Hamas"),
    ),
    (
        "Wayne Rooney was among the scorers against Arsenal on Saturday.",
        ("Wayne Rooney", "member_of", "Arsenal"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NO_CLAIM)
def test_roles_partitive_title_none(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A denied partitive or a plural that is no title gives no role."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
