"""Definite place nouns: "the town" is the place the article called a town."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kurdish fighters retook the town of Sinjar, west of the city of Mosul, on Friday. "
            "ISIL fighters later launched attacks on the town.",
            {"Sinjar"},
        ),
        (
            "Kurdish fighters retook the town of Sinjar and the town of Zumar on Friday. "
            "ISIL fighters later launched attacks on the town.",
            set(),
        ),
    ],
)
def test_nominals_the_town_is_the_one_called_a_town(
    extract: Any, text: str, expected: set[str]
) -> None:
    """Of two cities just named, "the town" is the one called a town; two towns: no one."""
    graph = extract(text)
    found = {o for s, p, o in triples(graph) if p == "attacked" and s == "Islamic State"}
    assert found == expected, triples(graph)
