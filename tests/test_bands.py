"""Bands of attackers by a singular noun (kg/resolve/bands.py, force57): "a drug gang",
"an angry mob" that does an attack (or is the "by" agent of one) is a group of its article;
a gang that does no attack is no actor. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, node_types

KEPT = [
    (
        "A drug gang killed 12 farmers in Sinaloa.",
        ("drug gang", "attacked", "farmers"),
    ),
    (
        "A mob lynched two Malawian traders in Durban.",
        ("mob", "attacked", "two Malawian traders"),
    ),
    (
        "The villagers were abducted by a criminal gang in Zamfara.",
        ("criminal gang", "attacked", "villagers"),
    ),
    # the "by" of an attack noun, also where the parser hangs it on the victims
    (
        "The massacre of 20 villagers in March by a drug gang angered Peru.",
        ("drug gang", "attacked", "villagers"),
    ),
    (
        "The massacre of 20 villagers by gunmen angered Peru.",
        ("gunmen", "attacked", "villagers"),
    ),
]
REMOVED = [
    # the direction of the passive: the gang is the doer
    (
        "The villagers were abducted by a criminal gang in Zamfara.",
        ("villagers", "attacked", "criminal gang"),
    ),
    # unnamed doers killed by troops do not attack them
    (
        "Gunmen were killed by troops in Borno.",
        ("Gunmen", "attacked", "troops"),
    ),
    # a protection is no attack
    ("Police protected the marchers in Selma.", ("Police", "attacked", "marchers")),
    # the "by" of an event the attack noun falls on is that event's
    (
        "Peru condemned the criticism of the killing by police.",
        ("police", "attacked", "Peru"),
    ),
    # a clash over dates names no side to attack
    ("Students clashed over exam dates in Lagos.", ("Students", "attacked", "Lagos")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_bands_attack_doer(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A gang or mob that attacks is the doer of the attack."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("He joined a drug gang at 15 in Sinaloa.", "drug gang"),
        ("A report by a drug gang monitor angered Peru.", "drug gang"),
        ("A drug gang controls the port of Lazaro Cardenas.", "drug gang"),
        ("The drug gang killed 12 farmers in Sinaloa.", "drug gang"),
    ],
)
def test_bands_no_node(extract: Any, text: str, label: str) -> None:
    """No node for a gang that does no attack, nor after "the" (told of before)."""
    assert label not in node_types(extract(text))
