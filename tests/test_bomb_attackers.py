"""Bombs with no doer written (kg/extract/unnamed_attackers.py ``bomb_attackers``): a bomb
that killed or hit, or exploded killing, in a named place, in a sentence that names no
attacker -> the article's bombers attacked the place; and a side's leader is not the country's
head (kg/extract/coref.py). Sentences of our own about actors that are neither the seed's nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (text, bombers' label, place attacked)
BOMBS = [
    ("A car bomb killed nine people at a market in Quetta on Friday.", "car bombers", "Quetta"),
    (
        "Car bombs at two restaurants in Mogadishu have killed at least 14 people.",
        "car bombers",
        "Mogadishu",
    ),
    (
        "Two bombs exploded in Peshawar on Sunday, killing at least eight people.",
        "bombers",
        "Peshawar",
    ),
    ("A suicide bomb hit a police checkpoint in Kandahar.", "suicide bombers", "Kandahar"),
]

# a bomb with its doer written, a state's barrel bomb, a blast that harmed no one, a denial
NOT_BOMBS = [
    "A bomb planted by al-Shabab killed nine people in Mogadishu.",
    "A car bomb claimed by the Taliban killed nine people in Kandahar.",
    "Barrel bombs killed 20 people in Hama on Tuesday.",
    "A bomb exploded in Peshawar on Sunday.",
    "Police said no bomb hit Quetta.",
    # the bomb only times another event, told with its doer elsewhere
    "Nine people were killed after a car bomb hit a market in Quetta.",
    # a plain bomb that only hit may have been dropped from the air: strike_coref's case
    "One bomb hit a market in Hama on Tuesday, killing 20 people.",
]


def _bombers(graph: Any) -> list[Any]:
    return [
        c
        for c in graph.claims
        if c.predicate.value == "attacked" and "bombers" in graph.entities[c.subject].label
    ]


@pytest.mark.parametrize(("text", "label", "place"), BOMBS)
def test_unnamed_attackers_bomb_with_no_doer_is_the_bombers(
    extract: Any, text: str, label: str, place: str
) -> None:
    """A bomb that killed or hit in a named place, no attacker named: the article's bombers
    (a Group labelled by the bomb's kind) attacked the place, as having happened."""
    graph = extract(text)
    found = claims_between(graph, label, "attacked", place)
    assert found, [(graph.entities[c.subject].label, c.predicate.value) for c in graph.claims]
    assert {c.qualifiers.status.value for c in found} == {"occurred"}
    assert graph.entities[found[0].subject].type.value == "Group"


@pytest.mark.parametrize("text", NOT_BOMBS)
def test_unnamed_attackers_no_bombers(extract: Any, text: str) -> None:
    """A doer written or claimed, a barrel bomb, a blast that harmed no one, a denial: no
    bombers."""
    graph = extract(text)
    assert not _bombers(graph), [
        (graph.entities[c.subject].label, graph.entities[c.object].label) for c in _bombers(graph)
    ]


def test_coref_opposition_leader_is_not_the_head_of_state(extract: Any) -> None:
    """ "the country's leading opposition leader" is not the country's ruler."""
    graph = extract(
        "King Abdullah II has ruled Jordan since 1999. A Jordanian court sentenced the "
        "country's leading opposition leader to two years in prison."
    )
    assert not claims_between(graph, "Jordanian court", "sanctioned", "Abdullah II"), [
        (graph.entities[c.subject].label, c.predicate.value) for c in graph.claims
    ]
