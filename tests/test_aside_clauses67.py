"""A relative clause after a comma-closed apposition (fix67, ``ArticleContext.antecedent``
through kg/extract/roles.py ``_relative_roles``, led_groups.py ``_leaders``, employment.py
and memberships.py): "X, an adviser to Iran's supreme leader, who was the third Iranian
official to visit Y" is about X, though the parser hangs the clause on the apposition's last
noun (the leader). Its title, its "heads" verb, a job after "who is" and a verb of joining
give X's roles, never the leader's; a clause on the name itself keeps giving the name's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    (
        "Muhammadu Buhari met Linda Thomas-Greenfield, an envoy to Nigeria's president, who"
        " was the first American official to visit Abuja this year.",
        ("Linda Thomas-Greenfield", "member_of", "United States"),
        ("Muhammadu Buhari", "member_of", "United States"),
    ),
    (
        "Angela Merkel met Christoph Heusgen, a foreign policy adviser to Germany's chancellor,"
        " who was the second German official to visit Kiev this year.",
        ("Christoph Heusgen", "member_of", "Germany"),
        ("Angela Merkel", "member_of", "Germany"),
    ),
    (
        "Barack Obama met Susan Rice, an aide to the US president, who heads the National"
        " Security Council.",
        ("Susan Rice", "leader_of", "National Security Council"),
        ("Barack Obama", "leader_of", "National Security Council"),
    ),
    # a job after "who is", a verb of joining (kg/extract/employment.py, memberships.py)
    (
        "Muhammadu Buhari met Anna Holligan, an adviser to Nigeria's president, who is a"
        " reporter for the BBC.",
        ("Anna Holligan", "member_of", "BBC"),
        ("Muhammadu Buhari", "member_of", "BBC"),
    ),
    (
        "Muhammadu Buhari met Anna Holligan, an adviser to Nigeria's president, who joined the"
        " World Bank in 2010.",
        ("Anna Holligan", "member_of", "World Bank"),
        ("Muhammadu Buhari", "member_of", "World Bank"),
    ),
    # a clause on the name itself is the name's
    (
        "Juan Monedero, who was an adviser to Hugo Chavez, resigned.",
        ("Juan Monedero", "adviser_to", "Hugo Chávez"),
        None,
    ),
    (
        "Hassan Rouhani met Saad Hariri, who heads Lebanon's Future Movement.",
        ("Saad Hariri", "leader_of", "Future Movement"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_aside_clause_roles(
    extract: Any,
    text: str,
    kept: tuple[str, str, str],
    removed: tuple[str, str, str] | None,
) -> None:
    """The clause's roles go to the person the apposition describes, not to its inner noun."""
    found = triples(extract(text, published="2015-06-10"))
    assert kept in found, found
    if removed is not None:
        assert removed not in found, found
