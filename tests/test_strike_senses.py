"""A strike noun "against" a target is an attack when a force makes it ("a strike against
Derna by the Egyptian air force"), and a walkout when workers do ("a strike against the
government by teachers"). Sentences are about other actors than any benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, (subject, predicate, object)) found
FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "It was the third deadly strike against Benghazi by the Egyptian air force this week.",
        ("Egyptian air force", "attacked", "Benghazi"),
    ),
    (
        "The strike against Derna by the Egyptian air force killed seven people.",
        ("Egyptian air force", "attacked", "Derna"),
    ),
    # the force is known by its word even when its owner is no armed body
    (
        "It was the second strike against Sirte by the Tripoli government's air force.",
        ("Tripoli government", "attacked", "Sirte"),
    ),
    (
        "A strike against Houthi positions by Saudi warplanes killed ten fighters.",
        ("Saudi army", "attacked", "Houthis"),
    ),
]

# (sentence, (subject, predicate, object)) not found
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "A strike against the Kenyan government by Kenyan teachers closed schools.",
        ("Kenyan teachers", "attacked", "Kenyan government"),
    ),
    (
        "The strike against Shell by the Nigerian oil workers' union lasted three days.",
        ("Nigerian oil workers' union", "attacked", "Shell"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_a_force_strike_is_an_attack(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A strike noun whose maker is a force attacks its target."""
    graph = extract(sentence, published="2015-05-12")
    assert triple in triples(graph), sorted(triples(graph))
    s, _, o = triple
    assert (s, "criticized", o) not in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_a_workers_strike_is_no_attack(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Workers striking against a target do not attack it."""
    graph = extract(sentence, published="2015-05-12")
    assert not any(t[1] == "attacked" and t[2] == triple[2] for t in triples(graph)), sorted(
        triples(graph)
    )
