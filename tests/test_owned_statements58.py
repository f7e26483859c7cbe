"""Statements whose owner is named another way: a capital owns its government's account
("Moscow's account", "Beijing's narrative": ``metonym_owned`` in sector_nouns.json), and a
report is its issuer's doer in a relative clause of its own ("the report, which is critical
of X": ``kg.extract.plans._doer``), also in the plural when a possessive owns it ("its
reports")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Amnesty questioned Moscow's account of the shooting.",
        ("Amnesty", "criticized", "Russia"),
    ),
    (
        "Human Rights Watch rejected Beijing's narrative.",
        ("Human Rights Watch", "criticized", "China"),
    ),
    (
        "The Kremlin dismissed Washington's accusations as groundless.",
        ("Russia", "criticized", "United States"),
    ),
    (
        "The Human Rights Watch report, which is critical of the Kenyan police, was published "
        "on Monday.",
        ("Human Rights Watch", "criticized", "Kenyan police"),
    ),
    (
        "Oxfam says its reports, which condemn the Nigerian army, are meant to inform the public.",
        ("Oxfam", "criticized", "Nigerian army"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_owned_statements_fire(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A statement owned by a capital or told by a report is its owner's."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a bank account in a capital is no government's
    "He opened an account in Moscow.",
    # plural reports with no owner: several, whoever made them
    "Oxfam published reports which are critical of the Nigerian army.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_owned_statements_no_claim(extract: Any, text: str) -> None:
    """A place's account or reports with no owner give no criticism."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "criticized"}, found
