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


UNIT_HEADS: list[Case] = [
    (
        '"We will hold," said Colonel Hassan Ali, the commander of the third infantry brigade.',
        ("Hassan Ali", "leader_of", "third infantry brigade"),
        None,
    ),
    (
        '"We need help," said Marie Dupont, the head of a community group.',
        ("Marie Dupont", "leader_of", "community group"),
        None,
    ),
    # a bare noun is a reference to a body named elsewhere, not a description
    ('"We need help," said Marie Dupont, the head of the group.', None, None),
    # a group of people is no body
    ('"We need help," said Marie Dupont, the head of a group of lawyers.', None, None),
    # a deputy does not lead the body
    ('"We need help," said Marie Dupont, the deputy head of the local aid office.', None, None),
]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), UNIT_HEADS)
def test_headed_units_lead_the_body_described(
    extract: Any, text: str, wanted: Any, unwanted: Any
) -> None:
    """ "X, the commander of the third infantry brigade": X leads that unnamed body (the node
    is ends46's ``kg/resolve/headed_units.py``); a bare, people's or deputy's title makes no
    leader_of."""
    found = triples(extract(text, published="2015-05-20"))
    led = {t for t in found if t[1] == "leader_of"}
    if wanted is None:
        assert not led
    else:
        assert wanted in found
    if unwanted is not None:
        assert unwanted not in found
