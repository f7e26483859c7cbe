"""An attacked place is the place the text names, not the province it lies in (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

CONTAINER_NOT_TARGET = [
    (
        "Rebel fighters seized the last army-held town in the northern province of Latakia"
        " on Sunday.",
        ("Rebel fighters", "attacked", "Latakia"),
    ),
    (
        "Jihadists captured the key Helmand provincial capital of Lashkar Gah last week.",
        ("Jihadists", "attacked", "Helmand"),
    ),
]

# the place named after "of", and several unnamed places standing for where they lie, stay
TARGET = [
    (
        "Jihadists captured the key Helmand provincial capital of Lashkar Gah last week.",
        ("Jihadists", "attacked", "Lashkar Gah"),
    ),
    ("Rebels seized the oil town of Malakal.", ("Rebels", "attacked", "Malakal")),
    (
        "Rebels seized villages and towns in northern Nigeria.",
        ("Rebels", "attacked", "Nigeria"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=TARGET, removed=CONTAINER_NOT_TARGET),
)
def test_interactions_attacked_place_is_the_named_one(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "seized the town in the province of X", "the X provincial capital of Y": X is not
    attacked; Y, and the region several unnamed places lie in, are."""
    check_kept_removed(extract(text), kept, removed)
