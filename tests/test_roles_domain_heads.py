"""A head of one domain or unit of an organisation is a member of it, not its leader
(kg/extract/roles.py: _domain_head)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    # a domain or unit before the title: a member
    (
        "Evan Greer, campaign director of Fight for the Future, said the deal was bad.",
        ("Evan Greer", "member_of", "Fight for the Future"),
    ),
    (
        "Marta Lopez, communications director at Oxfam, said the camp was full.",
        ("Marta Lopez", "member_of", "Oxfam"),
    ),
    (
        "Mamoun Abdulkarim, Syria's antiquities chief, said the ruins were safe.",
        ("Mamoun Abdulkarim", "member_of", "Syria"),
    ),
    ("Reuters bureau chief Tom Perry was expelled.", ("Tom Perry", "member_of", "Reuters")),
    (
        "Ahmed Rashid, regional director of the World Food Programme, said food was short.",
        ("Ahmed Rashid", "member_of", "World Food Programme"),
    ),
    # the organisation's own kind, a sector, one title: the leader as before
    (
        "Labour Party chief Jeremy Corbyn met Tony Blair.",
        ("Jeremy Corbyn", "leader_of", "Labour Party"),
    ),
    (
        "Jan Egeland, the executive director of the Norwegian Refugee Council, spoke.",
        ("Jan Egeland", "leader_of", "Norwegian Refugee Council"),
    ),
    (
        "Supreme Leader Ayatollah Ali Khamenei criticised the deal.",
        ("Ali Khamenei", "leader_of", "Iran"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_roles_domain_head_is_a_member(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "campaign director of X" is a member of X; "party chief", "executive director" lead."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    other = "leader_of" if triple[1] == "member_of" else "member_of"
    assert (triple[0], other, triple[2]) not in found, found
