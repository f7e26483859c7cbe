"""Beatings (seed ``V beat 182 !needs_actor_object !armed_subject`` and
``Trigger.armed_subject``; atk54): "police beat protesters" is an assault (CAMEO 182) when an
armed group or force beats; a win in sport or a vote ("Federer beat Nadal", "Mexico beat
Brazil 2-0", "the Democrats beat the Republicans") is none. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, kept_removed_cases

KEPT = [
    (
        "Kenyan police beat Somali refugees in Nairobi.",
        ("Kenyan police", "attacked", "Somali refugees"),
    ),
    (
        "Burmese soldiers beat Rohingya villagers in Rakhine state.",
        ("Burmese soldiers", "attacked", "Rohingya villagers"),
    ),
    (
        "Taliban fighters beat a French journalist in Kandahar.",
        ("Taliban", "attacked", "French journalist"),
    ),
    # the participle of a filmed or shown beating
    (
        "Zimbabwean police were filmed beating opposition supporters in Harare.",
        ("Zimbabwean police", "attacked", "opposition supporters"),
    ),
]
REMOVED = [
    # a soldier beaten is no attack on his army, nor on the country of an adjective
    (
        "Israeli police beat an Ethiopian soldier in Tel Aviv.",
        ("Israeli police", "attacked", "Ethiopian army"),
    ),
    (
        "The Ethiopian soldier who was beaten by Israeli police filed a complaint.",
        ("Israeli police", "attacked", "Ethiopia"),
    ),
    (
        "Roger Federer beat Rafael Nadal in the Wimbledon final.",
        ("Roger Federer", "attacked", "Rafael Nadal"),
    ),
    ("Mexico beat Brazil 2-0 in the World Cup.", ("Mexico", "attacked", "Brazil")),
    (
        "Barack Obama beat Mitt Romney in the 2012 election.",
        ("Barack Obama", "attacked", "Mitt Romney"),
    ),
    (
        "The Democrats beat the Republicans in the midterm elections.",
        ("Democrats", "attacked", "Republicans"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_beaten_by_forces(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Beating is an assault only by an armed group or force, never a win."""
    check_kept_removed(extract(text), kept, removed)


def test_interactions_beaten_is_assault(extract: Any) -> None:
    """A beating is an ASSAULT (CAMEO 182, physical assault)."""
    graph = extract("Kenyan police beat Somali refugees in Nairobi.")
    claim = event_claim(graph, "Kenyan police", "attacked", "Somali refugees", "ASSAULT")
    assert claim.qualifiers.cameo == "182"
