"""Engaged in combat (seed ``V engage 190 !armed_sides`` and ``Trigger.armed_sides``): "X
engaged the army" is an attack only between armed groups or forces; engaging a country, a
person or protesters, or engaging someone in talks, is not. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, kept_removed_cases

KEPT = [
    (
        "The Nigerian army engaged Boko Haram fighters near Maiduguri on Sunday.",
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Houthi fighters engaged government forces in Taiz.",
        ("Houthis", "attacked", "Yemeni government forces"),
    ),
    (
        "Kurdish fighters engaged ISIL militants outside Kobane on Friday.",
        ("Kurdish fighters", "attacked", "Islamic State"),
    ),
    # "was engaged in a battle against X" stays the battle's claim
    (
        "The Shabab group is engaged in a battle against the Ugandan army.",
        ("Shabab", "attacked", "Ugandan army"),
    ),
]
REMOVED = [
    ("Iran engaged the United States in talks.", ("Iran", "attacked", "United States")),
    ("Police engaged the protesters in dialogue.", ("police", "attacked", "protesters")),
    (
        "The Afghan army engaged the Taliban in peace talks in Doha.",
        ("Afghan army", "attacked", "Taliban"),
    ),
    ("Iran engaged the Houthis.", ("Iran", "attacked", "Houthis")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_engaged_between_forces(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """Engaging an armed force is an attack between forces only, and not in talks."""
    check_kept_removed(extract(text), kept, removed)


def test_interactions_engaged_is_assault(extract: Any) -> None:
    """The combat sense is an ASSAULT (CAMEO 190)."""
    graph = extract("The Nigerian army engaged Boko Haram fighters near Maiduguri.")
    claim = event_claim(graph, "Nigerian army", "attacked", "Boko Haram", "ASSAULT")
    assert claim.qualifiers.cameo == "190"
