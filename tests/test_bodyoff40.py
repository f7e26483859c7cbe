"""Officials of a named party (bodyoff40).

"Labour Party officials": a sector phrase whose first word ends a name ("party officials"
inside "Labour Party officials") starts after the name, which owns the rest; the body is never
shown as "Party officials" (kg/resolve/collectives.py ``_past_name``). An organisation's
officials stand for it, as before. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Labour Party officials criticised Hamas.", ("Labour Party", "criticized", "Hamas")),
        (
            "Republican Party officials criticised Barack Obama.",
            ("Republican Party", "criticized", "Barack Obama"),
        ),
        (
            "Liberal Democratic Party officials criticised the Chinese government.",
            ("Liberal Democratic Party", "criticized", "Chinese government"),
        ),
    ],
)
def test_collectives_party_officials_keep_the_party_name(
    extract: Any, text: str, expected: Triple
) -> None:
    """The party's officials are the party, never a node "Party officials"."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert "Party officials" not in node_types(graph)
