"""The first object of "allowed X access to Y", hung by the parser on the noun as a compound,
is whom access is granted or refused, not the noun's owner."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Jordan allowed the Red Crescent access to the camps.",
        ("Jordan", "conceded_to", "Red Crescent"),
    ),
    (
        "Egypt allowed the Red Cross access to Morsi.",
        ("Egypt", "conceded_to", "Red Cross"),
    ),
    ("Israel denied the UN access to Gaza.", ("Israel", "criticized", "United Nations")),
    # goods keep their owner: "WFP aid" is the WFP's
    ("The UN delivered WFP aid to Yemen.", ("WFP", "supported", "Yemen")),
]
REMOVED = [
    (
        "Egypt allowed the Red Cross access to Morsi.",
        ("Red Cross", "conceded_to", "Mohamed Morsi"),
    ),
    (
        "The army allowed Human Rights Watch access to the detainees.",
        ("Human Rights Watch", "conceded_to", "detainees"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_fronted_receiver_of_access(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "allowed X access to Y": the granter concedes to X; X concedes nothing to Y."""
    check_kept_removed(extract(text), kept, removed)
