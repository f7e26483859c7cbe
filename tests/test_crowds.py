"""A bare "the crowd" or "officers" stands for the one collective of its sector named just
before (protesters, police). Sentences are about other actors than the articles that showed
the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Thousands of opposition protesters gathered in Kampala on Friday. Ugandan police used "
        "tear gas to disperse the crowd.",
        ("Ugandan police", "attacked", "opposition protesters"),
    ),
    (
        "Ugandan police clashed with opposition protesters in Kampala. The protesters "
        "retaliated by throwing stones at officers.",
        ("opposition protesters", "attacked", "Ugandan police"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # officers of the army are not the police named before
    (
        "Ugandan police arrested opposition protesters in Kampala. Protesters later threw "
        "stones at army officers.",
        ("opposition protesters", "attacked", "Ugandan police"),
    ),
    # a crowd with no protesters named before is no one's
    (
        "A crowd of 5,000 gathered in Kampala on Friday. Ugandan police dispersed the crowd.",
        ("Ugandan police", "attacked", "protesters"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_crowds_linked(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """The crowd is the protesters, the officers the police, just named."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_crowds_not_linked(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """Described officers and a crowd with no collective before are left alone."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
