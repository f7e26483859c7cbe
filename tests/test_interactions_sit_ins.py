"""An occupation is an armed one (CAMEO 192) only when a state, its forces or an armed group
holds the place; civilians, workers or protesters occupying offices or cells stay or protest
(kg/extract/interactions.py ``_armed_occupation``, kg/extract/assaults.py ``occupier``). And a
gerund the small model hangs on a conjunction still has the sides of its "between" phrase
("fled as fighting between A and B resumed")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

OCCUPIERS = [
    ("Russian troops occupied Crimea in 2014.", ("Russian troops", "attacked", "Crimea")),
    ("Taliban fighters occupied the town of Kunduz on Monday.", ("Taliban", "attacked", "Kunduz")),
    ("The Israeli occupation of the West Bank continued.", ("Israel", "attacked", "West Bank")),
]
SIT_INS = [
    (
        "Hundreds of striking workers occupied the headquarters of Renault in Paris.",
        ("striking workers", "attacked", "Renault"),
    ),
    (
        "Thousands of political prisoners are occupying Iran's jail cells.",
        ("political prisoners", "attacked", "Iran"),
    ),
    (
        "Dozens of protesters have occupied Hong Kong's government offices since Monday.",
        ("protesters", "attacked", "Hong Kong"),
    ),
]
SIDES = [
    (
        "Thousands of families fled their villages as fighting between Tuareg rebels and "
        "Malian troops resumed.",
        ("Tuareg rebels", "attacked", "Malian troops"),
    ),
    (
        "The town emptied after fighting between Houthi rebels and tribesmen loyal to Hadi.",
        ("Houthis", "attacked", "pro-Hadi tribesmen"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(OCCUPIERS + SIDES, SIT_INS)
)
def test_interactions_sit_ins_only_forces_occupy(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A state or a force occupying a place attacks it; civilians occupying offices do not."""
    check_kept_removed(extract(text), kept, removed)


def test_interactions_sit_ins_between_without_actors(extract: Any) -> None:
    """A gerund's "between" phrase naming no two actors makes no attack."""
    graph = extract(
        "Aid groups in Kenya and Somalia complained about fighting between donors over the budget."
    )
    assert not [r for r in graph.claims if r.predicate.value == "attacked"]
