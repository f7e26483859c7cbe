"""The partner of a joint act (fp66): "X launched joint operations with Y against Z" -> Y acts
with X (cooperated_with), never X's target; Z is the target. "Against" names the other side of
a cooperative act ("joint exercises with Japan against China"), never a partner
(kg/extract/companions.py ``joint_partner``, kg/extract/joint_acts.py, interactions ``_noun``).
Sentences of our own, about other actors than the article that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # the target of the joint act is kept
    (
        "Nigeria launched joint operations with Cameroon against Boko Haram.",
        ("Nigeria", "attacked", "Boko Haram"),
    ),
    (
        "France carried out joint strikes with Britain against the Islamic State.",
        ("France", "attacked", "Islamic State"),
    ),
    # the partner does the act too
    (
        "Nigeria launched a joint offensive with Cameroon against Boko Haram.",
        ("Cameroon", "attacked", "Boko Haram"),
    ),
    (
        "France carried out joint strikes with Britain against the Islamic State.",
        ("United Kingdom", "attacked", "Islamic State"),
    ),
    # the partner cooperates with the doer, as coordinated doers of a joint act do
    (
        "Nigeria launched a joint offensive with Cameroon against Boko Haram.",
        ("Cameroon", "cooperated_with", "Nigeria"),
    ),
    (
        "France carried out joint strikes with Britain against the Islamic State.",
        ("France", "cooperated_with", "United Kingdom"),
    ),
    (
        "India will conduct joint patrols with Bangladesh along the border.",
        ("Bangladesh", "cooperated_with", "India"),
    ),
    (
        "The United States held joint exercises with South Korea against North Korea.",
        ("South Korea", "cooperated_with", "United States"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # the partner is no target
    (
        "Nigeria launched joint operations with Cameroon against Boko Haram.",
        ("Nigeria", "attacked", "Cameroon"),
    ),
    (
        "France carried out joint strikes with Britain against the Islamic State.",
        ("France", "attacked", "United Kingdom"),
    ),
    (
        "Ethiopia mounted a joint offensive with Somalia against al-Shabab.",
        ("Ethiopia", "attacked", "Somalia"),
    ),
    # the other side of a cooperative act is no partner
    (
        "The United States held joint exercises with South Korea against North Korea.",
        ("North Korea", "cooperated_with", "United States"),
    ),
    (
        "Chad conducted joint patrols with Niger against Boko Haram.",
        ("Boko Haram", "cooperated_with", "Chad"),
    ),
    # a joint act of words is no military cooperation
    (
        "Russia issued a joint statement with China on Syria.",
        ("China", "cooperated_with", "Russia"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_joint_partner_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A joint act's target is attacked; its partner cooperates with the doer."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_joint_partner_not_target(extract: Any, sentence: str, triple: Triple) -> None:
    """A joint act's partner is never its target, nor its target a partner."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)
