"""A deputy word before the owner that stands before a leader's title (kg/extract/roles.py
``_deputy_before_owner``, member63): "Deputy Labour leader X" is a member of Labour, not
its leader, as "Labour's deputy leader X" is."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

CASES = [
    # a deputy word before a party, a group or an organisation named before the title
    (
        "Deputy Labour leader Tom Watson said the party would fight on.",
        ("Tom Watson", "member_of", "Labour"),
        ("Tom Watson", "leader_of", "Labour"),
    ),
    (
        "Deputy Conservative Party chairman Robert Halfon said the party would fight on.",
        ("Robert Halfon", "member_of", "Conservative Party"),
        ("Robert Halfon", "leader_of", "Conservative Party"),
    ),
    (
        "Vice FIFA president Issa Hayatou arrived in Zurich on Wednesday.",
        ("Issa Hayatou", "member_of", "FIFA"),
        ("Issa Hayatou", "leader_of", "FIFA"),
    ),
    # no deputy word: the title stays a leader's
    (
        "Labour leader Ed Miliband said the party would fight on.",
        ("Ed Miliband", "leader_of", "Labour"),
        None,
    ),
    (
        "Former Labour leader Neil Kinnock said the party would fight on.",
        ("Neil Kinnock", "leader_of", "Labour"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_roles_deputy_before_owner(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A deputy word before the title's owner makes the holder a member, not the leader."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
