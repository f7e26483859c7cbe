"""A state's office abroad (prec61; ``_branch_owner`` in kg/extract/roles.py): the head of
"the Iranian delegation", "Yemen's delegation" or "the Syrian government delegation" is one
of the state's officials (member_of), not its leader, as the head of an organisation's
office is one of its staff ("the Red Cross delegation in Yemen")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Walid Muallem, head of the Syrian government delegation, said the talks had failed.",
        ("Walid Muallem", "member_of", "Syria"),
    ),
    (
        "Majid Takht-Ravanchi, head of the Iranian delegation, met the EU envoy in Vienna.",
        ("Majid Takht-Ravanchi", "member_of", "Iran"),
    ),
    (
        "The head of the Libyan delegation, Saleh Issa, arrived in Tunis.",
        ("Saleh Issa", "member_of", "Libya"),
    ),
    # an organisation's office, as before
    (
        "Peter Maurer, head of the Red Cross delegation in Syria, visited Homs.",
        ("Peter Maurer", "member_of", "Red Cross"),
    ),
]

REMOVED = [
    (
        "Walid Muallem, head of the Syrian government delegation, said the talks had failed.",
        ("Walid Muallem", "leader_of", "Syria"),
    ),
    (
        "Majid Takht-Ravanchi, head of the Iranian delegation, met the EU envoy in Vienna.",
        ("Majid Takht-Ravanchi", "leader_of", "Iran"),
    ),
    (
        "The head of the Libyan delegation, Saleh Issa, arrived in Tunis.",
        ("Saleh Issa", "leader_of", "Libya"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_roles_state_branches(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """The head of a state's delegation is a member of the state, not its leader."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
