"""Acts under a deadline (fix67, ``deadlines`` in kg/data/en/cues.json, kg/extract/qualifiers.py
``_under_deadline``): an act in an infinitive that a deadline governs ("have been given until
Friday to resolve their differences", "were given 48 hours to meet", "has a deadline to settle")
has not happened, it is due: planned. The same act with no deadline over it stays occurred."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # a verb of granting time with a limit ("until"), active, passive or bare "have"
    (
        "Serbia and Kosovo have been given until March to resolve their differences.",
        ("Kosovo", "agreed_with", "Serbia"),
        "planned",
    ),
    (
        "Kenya and Somalia have until Monday to settle their border dispute.",
        ("Kenya", "agreed_with", "Somalia"),
        "planned",
    ),
    (
        "Barack Obama has until Friday to meet Benjamin Netanyahu.",
        ("Barack Obama", "met", "Benjamin Netanyahu"),
        "planned",
    ),
    # a span of time as the object of the granting verb
    (
        "Nicolas Maduro was given 48 hours to meet Juan Guaido.",
        ("Juan Guaido", "met", "Nicolás Maduro"),
        "planned",
    ),
    # a noun of deadline
    (
        "Kenya and Somalia have a deadline to settle their border dispute.",
        ("Kenya", "agreed_with", "Somalia"),
        "planned",
    ),
    # no deadline over the act: it took place
    (
        "Kenya and Somalia settled their border dispute on Monday.",
        ("Kenya", "agreed_with", "Somalia"),
        "occurred",
    ),
    (
        "Barack Obama flew to Jerusalem on Friday to meet Benjamin Netanyahu.",
        ("Barack Obama", "met", "Benjamin Netanyahu"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "triple", "expected"), CASES)
def test_deadline_acts_are_planned(
    extract: Any, text: str, triple: tuple[str, str, str], expected: str
) -> None:
    """An act a deadline governs is planned; one with no deadline over it keeps its status."""
    assert statuses(extract(text, published="2015-06-10"), triple) == {expected}
