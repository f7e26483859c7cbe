"""Resolver: which plain collectives are the armed group an article named, and which are
sides of their own ("southern fighters", "rival militias")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

OWN_SIDE = [
    # text, group named, the plain collective that is a side of its own
    (
        "Aden has been rocked by fierce fighting between the Houthi rebels and southern fighters "
        "allied with the exiled president.",
        "Houthis",
        "southern fighters",
    ),
    (
        "Al-Shabab fighters attacked a base near Kismayo. Later, rival militias clashed "
        "with the fighters.",
        "al-Shabab",
        "rival militias",
    ),
    (
        "Boko Haram fighters raided a village near Maiduguri. Tribal fighters later "
        "attacked the insurgents, residents said.",
        "Boko Haram",
        "Tribal fighters",
    ),
]


@pytest.mark.parametrize(("text", "group", "side"), OWN_SIDE)
def test_resolver_sides_modified_collective_is_its_own_side(
    extract: Any, text: str, group: str, side: str
) -> None:
    """A plain armed collective with a side's modifier is not the armed group named before."""
    graph = extract(text, published="2015-05-20")
    labels = {e.label for e in graph.entities.values()}
    assert side in labels, labels
    group_node = next(e for e in graph.entities.values() if e.label == group)
    assert side not in group_node.aliases


def test_resolver_sides_plain_fighters_are_still_the_named_group(extract: Any) -> None:
    """ "The fighters" after "Al-Shabab fighters" stay al-Shabab (the side rule keeps this)."""
    graph = extract(
        "Al-Shabab fighters attacked a base near Kismayo. The fighters killed four "
        "Kenyan soldiers, a spokesman said.",
        published="2015-05-20",
    )
    labels = {e.label for e in graph.entities.values() if e.type.value == "Group"}
    assert "fighters" not in labels, labels
    assert "al-Shabab" in labels, labels


def test_resolver_sides_fight_between_group_and_side_is_kept(extract: Any) -> None:
    """Fighting between a named group and a local side is an attack between two nodes."""
    graph = extract(OWN_SIDE[0][0], published="2015-05-20")
    assert ("Houthis", "attacked", "southern fighters") in triples(graph)
