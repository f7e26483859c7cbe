"""Sports teams (kg/resolve/teams.py, force57): a country's team with a sport word or a
team bus, in a sentence of an attack, is a node of its own with its country, and the attack
falls on it, not on the country. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, node_types

KEPT = [
    (
        "Gunmen opened fire on the Kenyan football team in Nairobi.",
        ("Gunmen", "attacked", "Kenyan football team"),
    ),
    (
        "Ten gunmen sprayed the Nigerian rugby team's bus with bullets.",
        ("gunmen", "attacked", "Nigerian rugby team"),
    ),
    (
        "Militants attacked Pakistan's national cricket team in Lahore.",
        ("Militants", "attacked", "Pakistan national cricket team"),
    ),
]
REMOVED = [
    # the team is not its country
    (
        "Gunmen opened fire on the Kenyan football team in Nairobi.",
        ("Gunmen", "attacked", "Kenya"),
    ),
    (
        "Ten gunmen sprayed the Nigerian rugby team's bus with bullets.",
        ("gunmen", "attacked", "Nigeria"),
    ),
    # a team of talks, with no sport word, stays its state's
    (
        "Israel attacked the Iranian negotiating team.",
        ("Israel", "attacked", "Iranian negotiating team"),
    ),
    # a match won is no attack
    (
        "The Brazilian football team beat Mexico 2-0 in Rio.",
        ("Brazilian football team", "attacked", "Mexico"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_teams_attacked_team(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """An attack on a country's sports team is an attack on the team, not the country."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Nigerian football team arrived in Cairo on Monday.", "Nigerian football team"),
        ("The Iranian negotiating team attacked the deal.", "Iranian negotiating team"),
    ],
)
def test_teams_no_node_without_attack(extract: Any, text: str, label: str) -> None:
    """A team is a node of its own only in a sentence of an attack (and never without a
    sport word or a team bus)."""
    assert label not in node_types(extract(text))


def test_teams_country_kept(extract: Any) -> None:
    """The team is an Organization with its country."""
    graph = extract("Gunmen opened fire on the Kenyan football team in Nairobi.")
    team = next(e for e in graph.entities.values() if e.label == "Kenyan football team")
    assert team.type.value == "Organization"
