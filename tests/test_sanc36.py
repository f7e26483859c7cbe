"""Punishments received in the passive of a light verb; "have since banned" (sanc36).

1. "X was handed a prison sentence by a court", "was given a life sentence by Y", "was
   granted asylum by Z": the passive's subject is the one the noun's dative names in the
   active ("a court handed X a sentence"), and the verb's "by" agent is the giver
   (kg/extract/interactions.py ``_passive_receivers``; only for triggers whose object slots
   include the dative). A passive conjunct with no subject of its own ("he spent years in
   jail, and was handed a sentence by Y") shares the first verb's.
2. "The authorities have since banned X's party": the small model reads "since" as a
   preposition and the participle as the object's modifier; "have since" before a participle
   is the perfect (kg/extract/interactions.py ``_since_perfect``).
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Mohamed Badie was handed a death sentence by an Egyptian court on Saturday.",
            "sanctioned",
            ("Egyptian court", "Mohamed Badie"),
        ),
        (
            "Ahmed Douma was given a life sentence by a Cairo criminal court.",
            "sanctioned",
            ("Cairo criminal court", "Ahmed Douma"),
        ),
        (
            "Mohamed Badie was handed a three-year prison sentence by an Egyptian court.",
            "sanctioned",
            ("Egyptian court", "Mohamed Badie"),
        ),
        (
            "Mohamed Badie was arrested in 2013. He spent two years at Tora prison, and was"
            " handed a death sentence by an Egyptian military court in 2015.",
            "sanctioned",
            ("Egyptian military court", "Mohamed Badie"),
        ),
        (
            "Edward Snowden was granted asylum by Russia.",
            "supported",
            ("Russia", "Edward Snowden"),
        ),
        (
            "The Kurdish fighters were given weapons by Germany.",
            "supported",
            ("Germany", "Kurdish fighters"),
        ),
    ],
)
def test_sanc36_passive_light_receiver(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """The passive's subject receives the noun; the "by" agent gives it."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    "text",
    [
        # no "by": the text names no giver
        "Ahmed Douma was handed a life sentence in January.",
    ],
)
def test_sanc36_no_giver(extract: Any, text: str) -> None:
    """With no agent the passive names no one who punished."""
    assert not pairs(extract(text, published="2015-06-10"), "sanctioned")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tajik authorities have since banned Kabiri's Islamic Renaissance Party and arrested"
            " thousands of his supporters.",
            ("Tajik authorities", "Kabiri's Islamic Renaissance Party"),
        ),
    ],
)
def test_sanc36_since_perfect(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "have since banned X": the subject of "have" banned X."""
    assert expected in pairs(extract(text, published="2015-06-10"), "sanctioned")
