"""Roles listed under a header ("Ministers named: Defence - X; Interior - Y"): each person
holds the portfolio's office of the country named before the list. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

LISTS: list[tuple[str, set[tuple[str, str, str, str]]]] = [
    (
        "Ghana's president swore in his cabinet on Monday. Ministers named: Defence - "
        "Kwame Mensah; Interior - Ama Boateng; Finance - Kofi Asante.",
        {
            ("Kwame Mensah", "member_of", "Ghana", "Defence Minister"),
            ("Ama Boateng", "member_of", "Ghana", "Interior Minister"),
            ("Kofi Asante", "member_of", "Ghana", "Finance Minister"),
        },
    ),
    (
        "The new Peruvian cabinet was announced. Cabinet secretaries: Interior – Luis Paredes, "
        "Defence – Rosa Quispe.",
        {
            ("Luis Paredes", "member_of", "Peru", "Interior Secretary"),
            ("Rosa Quispe", "member_of", "Peru", "Defence Secretary"),
        },
    ),
]


def _titled(graph: Any) -> set[tuple[str, str, str, str]]:
    return {
        (
            graph.entities[r.subject].label,
            r.predicate.value,
            graph.entities[r.object].label,
            r.qualifiers.title,
        )
        for r in graph.claims
        if r.object is not None and r.qualifiers.title
    }


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_role_lists_portfolio_entries(
    extract: Any, text: str, expected: set[tuple[str, str, str, str]]
) -> None:
    """ "Defence - X; Interior - Y" under "Ministers named:": X is Defence Minister of the
    country, and the portfolio is no organisation."""
    graph = extract(text)
    assert expected <= _titled(graph)
    assert "Interior" not in node_types(graph)


def test_role_lists_need_a_role_header(extract: Any) -> None:
    """A dash list under a header with no role word ("Results: ...") makes no role."""
    graph = extract(
        "Ghana beat Peru on Monday. Results: Accra - Kwame Mensah; Lima - Luis Paredes."
    )
    assert not any(r.predicate.value == "member_of" for r in graph.claims)
