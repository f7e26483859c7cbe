"""Relative clauses of heading: "X, who owns/operates/runs Y" makes X leader of Y."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tariq Aziz, who owns the Al-Rafidain Trading Company, fled to Amman.",
            ("Tariq Aziz", "leader_of", "Al-Rafidain Trading Company"),
        ),
        (
            "Jonas Petrauskas, who operates Baltic Ferry Lines, denied the report.",
            ("Jonas Petrauskas", "leader_of", "Baltic Ferry Lines"),
        ),
    ],
)
def test_roles_who_owns_or_operates_leads(extract: Any, sentence: str, expected: Any) -> None:
    """An owner or operator named in a relative clause leads the organisation."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


def test_roles_owning_a_thing_leads_nothing(extract: Any) -> None:
    """ "who owns a house in Beirut": no organisation, no leader."""
    graph = extract("Sami Haddad, who owns a house in Beirut, was arrested.")
    assert not [t for t in triples(graph) if t[1] == "leader_of"], triples(graph)
