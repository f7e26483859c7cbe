"""Titles with an owner: "King X of Y", and heads of an organisation's office or mission."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chancellor Scholz spoke by phone on Monday with King Harald of Norway.",
            ("Harald", "leader_of", "Norway"),
        ),
        ("Putin met President Kamara of Sierra Leone.", ("Kamara", "leader_of", "Sierra Leone")),
        ("King Letsie of Lesotho met Putin.", ("Letsie", "leader_of", "Lesotho")),
        ("Macron spoke on Tuesday with Emir Tamim of Qatar.", ("Tamim", "leader_of", "Qatar")),
    ],
)
def test_roles_title_name_of_country(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """A title, a name and "of" a country gives the role in that country, subject or object."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    ("text", "expected", "title"),
    [
        (
            "Jan Novak, head of the UNHCR's office in Athens, said the camp was full.",
            ("Jan Novak", "member_of", "UNHCR"),
            "head of office",
        ),
        (
            "Maria Lopez, head of the office of the World Food Programme in Nairobi, warned "
            "of famine.",
            ("Maria Lopez", "member_of", "World Food Programme"),
            "head of office",
        ),
        (
            "Pierre Dubois, chief of the IOM's mission in Tripoli, said boats had sunk.",
            ("Pierre Dubois", "member_of", "IOM"),
            "chief of mission",
        ),
        (
            "Karen Wu, head of the Red Cross delegation in Kabul, said aid was blocked.",
            ("Karen Wu", "member_of", "Red Cross"),
            "head of delegation",
        ),
    ],
)
def test_roles_branch_heads(
    extract: Any, text: str, expected: tuple[str, str, str], title: str
) -> None:
    """The head of an organisation's office is a member of it, titled "head of office"; the
    office is no node and nothing is located in the place after it."""
    graph = extract(text)
    found = triples(graph)
    assert expected in found
    assert not any(p in ("leader_of", "located_in") for _, p, _ in found)
    assert not any("office" in e.label or "mission" in e.label for e in graph.entities.values())
    assert any(r.qualifiers.title == title for r in graph.claims)
