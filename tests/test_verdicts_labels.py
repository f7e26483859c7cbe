"""Naming verdicts (kg/extract/verdicts.py) where the label stands: its adjective ("an illegal
act"), "an act of aggression", an apposition on the named one, a second complement, or a
second object the parser hung on an infinitive; and verdicts of concern ("was troubling").
Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, statuses

KEPT = [
    # the verdict word is the label noun's adjective
    (
        'Moscow called the American sanctions "an illegal act".',
        ("Russia", "criticized", "United States"),
    ),
    (
        'Foreign Minister Sergei Lavrov called Hamas "a terrorist organisation".',
        ("Sergei Lavrov", "criticized", "Hamas"),
    ),
    # ... or the noun after "of" on a head such as "act"
    (
        "Ankara called the Russian plan to build a base an act of aggression.",
        ("Turkey", "criticized", "Russia"),
    ),
    # the label the parser made a second object of the named act's infinitive
    (
        "Nicolas Maduro called the US decision to sanction Venezuela a provocation.",
        ("Nicolás Maduro", "criticized", "United States"),
    ),
    (
        "Pakistan called the Indian plan to build a dam a violation of the Indus treaty.",
        ("Pakistan", "criticized", "India"),
    ),
    # a verdict of concern on an actor's act, in a reported clause or a quote
    (
        "Amnesty International said the Egyptian court's verdict was deeply troubling.",
        ("Amnesty International", "criticized", "Egyptian court"),
    ),
    (
        '"Ban\'s disappointing decision to drop the list is a blow to UN efforts," said '
        "Philippe Bolopion.",
        ("Philippe Bolopion", "criticized", "Ban Ki-moon"),
    ),
]

REMOVED = [
    # a label with no verdict accuses nobody
    (
        "Vladimir Putin called the Ukrainian president Petro Poroshenko a partner.",
        ("Vladimir Putin", "criticized", "Petro Poroshenko"),
    ),
    # two objects of a real infinitive, neither a label
    (
        "Nicolas Maduro called the US decision to send Colombia a warship a mistake.",
        ("Nicolas Maduro", "criticized", "Colombia"),
    ),
    # concern over a state of affairs is no verdict on anyone's act
    (
        '"The situation in Yemen is alarming," Ban Ki-moon said.',
        ("Ban Ki-moon", "criticized", "Yemen"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_verdicts_labels_where_the_label_stands(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A disparaging label wherever the parser hangs it accuses the named one (or its act's
    doer); a label with no verdict, or concern over no one's act, accuses nobody."""
    check_kept_removed(extract(text), kept, removed)


def test_verdicts_labels_denied_naming(extract: Any) -> None:
    """A naming the speaker is said not to have made is a denied criticism, not one made."""
    graph = extract("Russia did not call the NATO deployment an act of aggression.")
    assert statuses(graph, ("Russia", "criticized", "NATO")) == {"denied"}
