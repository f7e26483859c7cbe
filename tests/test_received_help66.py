"""Help got from a giver (``receiving_verbs`` in cues.json, weak66): "obtained weapons from
Iran", "got military aid from the US" is the "from" side's support for the one who gets it, as
"received aid from X" is, and a receiver joined to a passive is its subject ("were trained in
Sudan and received weapons from Eritrea"); a seizure or a criticism got is no support."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

FIRES = [
    ("The rebels obtained weapons from Iran.", ("Iran", "rebels")),
    ("Ukraine got military aid from the United States.", ("United States", "Ukraine")),
    ("The Houthis acquired missiles from Iran.", ("Iran", "Houthis")),
    ("Al-Shabaab gets funding from Eritrea.", ("Eritrea", "Al-Shabaab")),
    ("Hamas obtained funding from Qatar.", ("Qatar", "Hamas")),
    ("The rebels were getting arms from Saudi Arabia.", ("Saudi Arabia", "rebels")),
    ("Kiev accepted food from the European Union.", ("European Union", "Ukraine")),
    ("The Taliban have procured ammunition from Pakistan.", ("Pakistan", "Taliban")),
    # an active verb joined to a passive shares its subject
    (
        "Al-Shabaab fighters were trained in Sudan and received weapons from Eritrea.",
        ("Eritrea", "al-Shabab"),
    ),
    (
        "The Houthi rebels were armed by Iran and received training from Hezbollah.",
        ("Hezbollah", "Houthis"),
    ),
    (
        "Kurdish fighters were besieged in Kobani and received supplies from the United States.",
        ("United States", "Kurdish fighters"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FIRES)
def test_received_help_giver_supports(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The "from" side of help got supports the one who gets it."""
    found = pairs(extract(text, published="2015-05-15"), "supported")
    assert pair in found, found


NO_CLAIM = [
    # taken, not given
    "The Libyan rebels took weapons from the army.",
    # a criticism got is no help (and "get" draws no criticism)
    "Hungary got criticism from the EU.",
    # no help noun
    "The company acquired a stake from Siemens.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_received_help_no_support(extract: Any, text: str) -> None:
    """What is taken, or no help, names no supporter."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "supported"}, found


def test_received_help_negated(extract: Any) -> None:
    """Help not got is denied."""
    graph = extract("The Kurds did not get weapons from Turkey.", published="2015-05-15")
    statuses = {r.qualifiers.status.value for r in graph.claims if r.predicate.value == "supported"}
    assert statuses == {"denied"}, statuses
