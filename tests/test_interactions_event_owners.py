"""Owners of event nouns: "the Saudi-led offensive", and campaigns fought, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Saudi-led offensive against the Houthis began in March.",
            ("Saudi Arabia", "attacked", "Houthis"),
        ),
        (
            "The Kenyan-led offensive against al-Shabab began in 2011.",
            ("Kenya", "attacked", "al-Shabab"),
        ),
        ("The French-led talks with Iran resumed in Geneva.", ("France", "met", "Iran")),
        # an advance on a place or a foe is a push against it
        (
            "The Taliban advance on Kunduz alarmed officials in Kabul.",
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            "Boko Haram's advance against Nigerian troops near Maiduguri was halted.",
            ("Boko Haram", "attacked", "Nigerian troops"),
        ),
        (
            "Boko Haram fighters advanced against Nigerian troops near Maiduguri.",
            ("Boko Haram", "attacked", "Nigerian troops"),
        ),
        (
            "The US-led campaign against ISIL has cost $2bn.",
            ("United States", "attacked", "Islamic State"),
        ),
        (
            "Nigeria's campaign against Boko Haram has stalled.",
            ("Nigeria", "attacked", "Boko Haram"),
        ),
        # a campaign against a person, or by a rights group, is words
        (
            "The opposition's campaign against President Nkurunziza continues.",
            ("opposition", "criticized", "Pierre Nkurunziza"),
        ),
        (
            "Amnesty's campaign against Boko Haram continues.",
            ("Amnesty", "criticized", "Boko Haram"),
        ),
    ],
)
def test_interactions_event_noun_owner(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """An event noun's leader or owner does it; a campaign's sense follows its sides."""
    found = triples(extract(text))
    assert expected in found
    other = "criticized" if expected[1] == "attacked" else "attacked"
    assert (expected[0], other, expected[2]) not in found


@pytest.mark.parametrize(
    "text",
    [
        "Technology advances on the iPhone impressed Apple fans in London.",
        "Google paid an advance on royalties to Reuters.",
    ],
)
def test_interactions_advance_not_a_push(extract: Any, text: str) -> None:
    """Progress on a product or money paid ahead is no advance against anyone."""
    assert not any(p == "attacked" for _, p, _ in triples(extract(text)))
