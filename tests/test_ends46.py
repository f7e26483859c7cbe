"""Unnamed bodies a person's title names (ends46).

"X, the commander of the second mountain brigade": the lower-case body after a title is one
Organization of its article, labelled as written, so the title's claim has its object
(kg/resolve/headed_units.py). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Major Tomas Lindqvist, the commander of the fourth armoured cavalry regiment, "
            "said the bridge was lost.",
            ("Tomas Lindqvist", "leader_of", "fourth armoured cavalry regiment"),
        ),
        (
            "Marta Okonkwo, head of a local farmers association, said the floods ruined the crop.",
            ("Marta Okonkwo", "leader_of", "local farmers association"),
        ),
        (
            "Pedro Alvarado, the director of a regional human rights office, criticised the army.",
            ("Pedro Alvarado", "leader_of", "regional human rights office"),
        ),
        # a copula's attribute, and a second title joined to a first
        (
            "Maria Lopez is the head of a local farmers association.",
            ("Maria Lopez", "leader_of", "local farmers association"),
        ),
        (
            "Maria Lopez, a lawyer and the founder of a legal aid network, criticised the ruling.",
            ("Maria Lopez", "leader_of", "legal aid network"),
        ),
    ],
)
def test_headed_units_title_names_a_body(extract: Any, text: str, expected: Triple) -> None:
    """A title "of" a lower-case body with words of its own makes that body a node."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert node_types(graph)[expected[2]] == "Organization"


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a bare noun refers back to the body just named
        (
            "The Kivu Peace Network held a rally. Amani Bahati, the head of the group, spoke.",
            "group",
        ),
        # a sector phrase is another rule's
        ("Sergei Volkov, the leader of the armed group, was arrested.", "armed group"),
        # no title: a body merely mentioned is no node of this rule
        ("Farmers joined a local farmers association in the village.", "local farmers association"),
    ],
)
def test_headed_units_leave_other_phrases(extract: Any, text: str, absent: str) -> None:
    """A bare noun, a sector phrase or a body no title names makes no node of its own."""
    graph = extract(text, published="2015-06-10")
    assert absent not in node_types(graph)


def test_headed_units_leave_a_named_bodys_unit(extract: Any) -> None:
    """A unit of a body the text names ("the Red Crescent's first aid division") is no node
    of its own: the title stays the named body's."""
    graph = extract(
        "Leyla Demir, deputy director of the Turkish Red Crescent's first aid division, "
        "said the camps were full.",
        published="2015-06-10",
    )
    assert "first aid division" not in node_types(graph)
