"""Names the model missed: a capitalised name with a person's role in apposition is a
person (kg/resolve/entities.py: _untagged_people)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    (
        "Dinanath Sharma, the Maoists' spokesperson, said the talks failed.",
        ("Dinanath Sharma", "spokesperson_for", "Maoists"),
    ),
    (
        "Teresa Toda, deputy director of Egin, said the paper would close.",
        ("Teresa Toda", "member_of", "Egin"),
    ),
    (  # a family name's lower-case particle inside the name (act40)
        '"It happens a lot in waves," Flavio di Giacomo, a spokesman for the IOM in Italy, '
        "told AFP.",
        ("Flavio di Giacomo", "spokesperson_for", "IOM"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_entities_untagged_people_untagged_name_with_role_is_a_person(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "X Y, the Maoists' spokesperson," names a person even when the model tagged nothing."""
    graph = extract(text, published="2015-05-15")
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    assert triple[0] in people, people
    assert triple in triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya Red Cross, the country's aid agency, said it sent help.",
        # a particle between capitalised words makes no person without a role (act40)
        "Banco de Venezuela, the country's largest lender, said it would cut rates.",
    ],
)
def test_entities_untagged_people_untagged_name_needs_a_role(extract: Any, text: str) -> None:
    """An organisation's name with a non-role noun in apposition stays no person."""
    graph = extract(text)
    assert not [e for e in graph.entities.values() if e.type.value == "Person"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "He fled after a pro-president militia arrived at his house in Bujumbura.",
            "pro-president militia",
        ),
        ("A pro-government militia attacked the village on Sunday.", "pro-government militia"),
        ("A pro-Russian faction seized the building.", "pro-Russian faction"),
    ],
)
def test_entities_untagged_people_pro_side_singular_is_a_collective(
    extract: Any, text: str, label: str
) -> None:
    """ "a pro-X militia" is a side's collective even in the singular."""
    graph = extract(text, published="2015-05-15")
    groups = {e.label for e in graph.entities.values() if e.type.value == "Group"}
    assert label in groups, groups


def test_entities_untagged_people_plain_singular_is_no_collective(extract: Any) -> None:
    """Without a side, a singular "militia" is no actor of its own."""
    graph = extract("A militia attacked the village on Sunday.", published="2015-05-15")
    assert not [e for e in graph.entities.values() if e.type.value == "Group"]


def test_entities_untagged_people_relative_with_who_clause_is_still_kin(extract: Any) -> None:
    """ "her husband, X Y, who spoke …": the bare surname stays the main person's."""
    graph = extract(
        "Activist Shirin Karimi was arrested in Tehran on Tuesday. Her arrest was confirmed "
        "by her husband, Reza Karimi, who spoke from Paris. It was unclear where Karimi "
        "has been detained.",
        published="2015-05-15",
    )
    people = sorted(e.label for e in graph.entities.values() if e.type.value == "Person")
    assert people == ["Reza Karimi", "Shirin Karimi"], people
