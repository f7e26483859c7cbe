"""State bodies named with their country's name or adjective in front are part of it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

BODIES = [
    ("The Kenyan Senate voted to expel the envoy.", ("Kenyan Senate", "Kenya")),
    ("The Nigerian Senate passed the budget on Tuesday.", ("Nigerian Senate", "Nigeria")),
    ("The Haitian Parliament declared the post vacant.", ("Haitian Parliament", "Haiti")),
    (
        "A ruling by the Malawian Supreme Court angered the opposition.",
        ("Malawian Supreme Court", "Malawi"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), BODIES)
def test_state_bodies_member_of_their_country(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """ "the <Demonym> <Senate|Court|Ministry...>" is member_of the country."""
    graph = extract(sentence)
    assert (pair[0], "member_of", pair[1]) in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "sentence",
    [
        "American Express said profits rose.",
        "The Brazilian firm Odebrecht denied the charges.",
        "Shares of Chinese Tech Holdings fell.",
        # a council or committee may be a movement's, not the state's
        "Maha Azzam heads the Egyptian Revolutionary Council in exile.",
    ],
)
def test_state_bodies_not_without_a_state_body_word(extract: Any, sentence: str) -> None:
    """A company opened by a country's adjective is not part of the country."""
    graph = extract(sentence)
    assert not [t for t in triples(graph) if t[1] == "member_of"], triples(graph)
