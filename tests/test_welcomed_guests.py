"""A guest welcomed "to" a place is hosted there: a meeting with the guest ("welcomed Xi
Jinping to the Kremlin"), and no support of the place; welcoming a decision or an act still
supports its owner. Sentences are about other actors than any benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, (subject, predicate, object)) found
FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Vladimir Putin welcomed Xi Jinping to the Kremlin on Friday.",
        ("Vladimir Putin", "met", "Xi Jinping"),
    ),
    (
        "Angela Merkel welcomed Francois Hollande to Berlin for talks.",
        ("Angela Merkel", "met", "François Hollande"),
    ),
    # a delegation stands for its party
    (
        "Egypt welcomed the Palestinian delegation to Cairo for talks.",
        ("Egypt", "met", "Palestine"),
    ),
    # welcoming an act supports its owner, "to" or not
    (
        "The European Union welcomed the decision by Turkey to open its border.",
        ("European Union", "supported", "Turkey"),
    ),
    (
        "Japan welcomed China's invitation to the summit.",
        ("Japan", "supported", "China"),
    ),
]

# (sentence, (subject, predicate, object)) not found
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Vladimir Putin welcomed Xi Jinping to the Kremlin on Friday.",
        ("Vladimir Putin", "supported", "Kremlin"),
    ),
    (
        "Justin Trudeau welcomed Enrique Pena Nieto to the Parliament of Canada.",
        ("Justin Trudeau", "supported", "Parliament of Canada"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_welcomed_guest_is_met(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """A guest welcomed to a place is met; a welcomed act is supported."""
    graph = extract(sentence, published="2015-05-12")
    assert triple in triples(graph), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_welcomed_to_place_is_not_supported(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The place a guest is welcomed to is not supported."""
    graph = extract(sentence, published="2015-05-12")
    assert triple not in triples(graph), sorted(triples(graph))
