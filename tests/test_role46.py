"""Roles and memberships (role46): a body's mission named as its part ("UNMISS, the United
Nations peacekeeping mission in South Sudan") is member_of it. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

MISSIONS: list[Case] = [
    (
        "UNMISS, the United Nations peacekeeping mission in South Sudan, condemned the attack.",
        ("UNMISS", "member_of", "United Nations"),
        None,
    ),
    (
        "The Monitoring Group, the OSCE's observer mission in Ukraine, reported shelling.",
        ("Monitoring Group", "member_of", "OSCE"),
        None,
    ),
    # a mission to a body is no part of it
    (
        "The US mission to the United Nations criticised the vote.",
        None,
        ("United States", "member_of", "United Nations"),
    ),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), MISSIONS)
def test_role_forms_mission_is_part_of_its_body(
    extract: Any, text: str, wanted: Any, unwanted: Any
) -> None:
    """A mission named as a body's ("the UN's mission in X") is member_of that body."""
    found = triples(extract(text, published="2015-05-20"))
    if wanted is not None:
        assert wanted in found
    if unwanted is not None:
        assert unwanted not in found
