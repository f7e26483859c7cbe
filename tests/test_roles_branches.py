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


@pytest.mark.parametrize(
    ("text", "member", "unit"),
    [
        (
            "Jane Doe, director of the Africa Programme at Chatham House, said the vote was "
            "flawed.",
            ("Jane Doe", "member_of", "Chatham House"),
            "Africa Programme",
        ),
        (
            "Lena Berg, director of the Russia Programme at the Carnegie Endowment, said the "
            "sanctions would fail.",
            ("Lena Berg", "member_of", "Carnegie Endowment"),
            "Russia Programme",
        ),
        (
            "Karim Bitar, head of the Gulf Division at the Brookings Institution, said the talks "
            "had failed.",
            ("Karim Bitar", "member_of", "Brookings Institution"),
            "Gulf Division",
        ),
        (
            "Omar Haddad is director of the Middle East Programme at the Atlantic Council.",
            ("Omar Haddad", "member_of", "Atlantic Council"),
            "Middle East Programme",
        ),
    ],
)
def test_roles_named_unit_heads(
    extract: Any, text: str, member: tuple[str, str, str], unit: str
) -> None:
    """A unit the model named as an organisation of its own ("the Africa Programme"), with the
    organisation it works at after it, is that organisation's: its head is a member of the
    organisation, and nobody leads or belongs to the unit."""
    found = triples(extract(text))
    assert member in found
    assert not any(o == unit for s, p, o in found if p in ("leader_of", "member_of"))
