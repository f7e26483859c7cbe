"""Collectives: the body a spokesperson's title names ("Kenyan police spokesman X") is the
country's collective actor he speaks for."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    (
        "Kenyan police spokesman Charles Owino said officers had arrested three suspects.",
        ("Charles Owino", "spokesperson_for", "Kenyan police"),
    ),
    (
        "Nigeria's army spokesman, Sani Usman, said troops had killed dozens of fighters.",
        ("Sani Usman", "spokesperson_for", "Nigeria's army"),
    ),
    (
        "Yemeni government spokesman Rageh Badi said the talks would go ahead.",
        ("Rageh Badi", "spokesperson_for", "Yemeni government"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), CASES)
def test_collectives_spokesperson_speaks_for_the_named_collective(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A country's sector noun before "spokesman" makes the collective he speaks for."""
    assert triple in triples(extract(sentence, published="2015-05-20"))


def test_collectives_spokesperson_without_country_makes_no_collective(extract: Any) -> None:
    """ "Police spokesman X" with no country names no police node of its own."""
    graph = extract("Police spokesman Charles Owino said officers had arrested three suspects.")
    assert not [e for e in graph.entities.values() if e.sector == "COP"]


def test_collectives_modifier_noun_is_still_no_actor(extract: Any) -> None:
    """ "the Egyptian police museum": a sector noun modifying a thing is no actor (a
    watchtower, the force's site, is the force's: tests/test_sector_sites60.py)."""
    graph = extract("Gunmen attacked the Egyptian police museum on Monday.")
    assert not [e for e in graph.entities.values() if e.sector == "COP"]


def test_collectives_body_spokesperson_speaks_for_the_state(extract: Any) -> None:
    """A ministry's spokeswoman ("the Chinese foreign ministry spokeswoman") speaks for China."""
    graph = extract(
        "Hua Chunying, the Chinese foreign ministry spokeswoman, criticised Japan on Monday.",
        published="2015-05-20",
    )
    assert ("Hua Chunying", "spokesperson_for", "China") in triples(graph)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "The Russian patrol plane was warned by a Japanese navy radio operator to leave.",
            ("Japanese navy radio operator", "threatened", "Russia"),
        ),
        (
            "A Japanese coast guard pilot warned the Russian crew to turn back.",
            ("Japanese coast guard pilot", "threatened", "Russia"),
        ),
    ],
)
def test_collectives_one_member_of_a_country_sector_acts(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A job noun after a country's sector noun ("a Japanese navy radio operator") is one
    person of that sector who acts, labelled as written, a member of the country."""
    graph = extract(sentence, published="2016-02-10")
    assert triple in triples(graph)
    node = next(e for e in graph.entities.values() if e.label == triple[0])
    assert node.type.value == "Person"
    assert (triple[0], "member_of", "Japan") in triples(graph)


def test_collectives_one_member_without_country_is_no_actor(extract: Any) -> None:
    """ "A police radio operator" with no country names no one the graph can place."""
    graph = extract("A police radio operator warned the crowd to disperse.")
    assert not graph.claims
