"""A place that falls to a force was taken by it ("Kunduz fell to the Taliban"); a figure, a
player or a duty that falls to someone was not. Sentences are about other actors than the
articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    ("The town of Kunduz fell to the Taliban on Monday.", ("Taliban", "attacked", "Kunduz")),
    # the owner in front of "hands" is the one the place fell to
    ("The city of Kunduz fell into Taliban hands.", ("Taliban", "attacked", "Kunduz")),
    ("Mosul fell to the Islamic State in June 2014.", ("Islamic State", "attacked", "Mosul")),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # a player beaten, a duty passed on: the one "to" names is no force
    ("Rafael Nadal fell to Andy Murray in Madrid.", ("Andy Murray", "attacked", "Rafael Nadal")),
    (
        "Responsibility for the talks in Geneva fell to the United Nations.",
        ("United Nations", "attacked", "Geneva"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_assaults_falls_place_taken(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The force the place fell to attacked it (CAMEO 192)."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert found[0].qualifiers.cameo == "192"


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_assaults_falls_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A fall to a player or to a body that does not fight is no seizure."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
