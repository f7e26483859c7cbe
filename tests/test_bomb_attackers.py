"""Bombs with no doer written (kg/extract/unnamed_attackers.py ``bomb_attackers``): a bomb
that killed or hit, or exploded killing, in a named place, in a sentence that names no
attacker -> the article's bombers attacked the place; a later word of that bombing that went
off near a named place or targeted a named actor -> those bombers attacked it too
(``bomb_sequels``); and a side's leader is not the country's head (kg/extract/coref.py).
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

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


# (text, bombers' label, the further target) a later word of the article's bombing tells
SEQUELS = [
    (
        "Car bombs at two hotels in Kabul have killed at least 10 people. The second car bomb "
        "exploded minutes later in an area close to the Intercontinental hotel.",
        "car bombers",
        "Intercontinental hotel",
    ),
    (
        "A car bomb exploded in Kabul, killing four people. The first explosion went off near "
        "the Intercontinental hotel.",
        "car bombers",
        "Intercontinental hotel",
    ),
    (
        "Deadly blasts target Christians in Lahore. Two suicide bombs exploded at churches in "
        "Lahore, killing 14 people.",
        "suicide bombers",
        "Christians",
    ),
    (
        "Two bombs exploded in Mogadishu on Sunday, killing 12 people. The attack appeared to "
        "target the Somali parliament.",
        "bombers",
        "Somali parliament",
    ),
]

# (text, the target no bombers attacked): no bombers in the article, a bomb of another kind,
# its planter or doer written, a state's bomb, a denial
NOT_SEQUELS = [
    ("A bomb exploded near the Intercontinental hotel in Kabul.", "Intercontinental hotel"),
    (
        "A suicide bomb killed nine people at a market in Quetta. A car bomb exploded near the "
        "Serena Hotel in Quetta.",
        "Serena Hotel",
    ),
    (
        "Car bombs at two hotels in Kabul have killed at least 10 people. The second car bomb, "
        "planted by the Taliban, exploded near the Intercontinental hotel.",
        "Intercontinental hotel",
    ),
    (
        "Two bombs exploded in Mogadishu on Sunday, killing 12 people. Al-Shabab said its "
        "attack targeted the Somali parliament.",
        "Somali parliament",
    ),
    (
        "Car bombs at two hotels in Kabul have killed at least 10 people. Barrel bombs exploded "
        "near the Intercontinental hotel.",
        "Intercontinental hotel",
    ),
    (
        "Two bombs exploded in Mogadishu on Sunday, killing 12 people. The attack did not target "
        "the Somali parliament.",
        "Somali parliament",
    ),
]


@pytest.mark.parametrize(("text", "label", "target"), SEQUELS)
def test_bomb_sequels_later_word_of_the_bombing_tells_a_target(
    extract: Any, text: str, label: str, target: str
) -> None:
    """A later word of the bombing with no doer written (the second car bomb, the first
    explosion, the blasts, the attack) that went off near a named place or targeted a named
    actor: the article's bombers of its kind attacked it too, as having happened."""
    graph = extract(text)
    found = claims_between(graph, label, "attacked", target)
    assert found, [
        (graph.entities[c.subject].label, graph.entities[c.object].label)
        for c in graph.claims
        if c.object is not None
    ]
    assert {c.qualifiers.status.value for c in found} == {"occurred"}


@pytest.mark.parametrize(("text", "target"), NOT_SEQUELS)
def test_bomb_sequels_not_without_the_article_bombers(extract: Any, text: str, target: str) -> None:
    """No bombers told before, bombers of another kind, a doer written, a barrel bomb, a
    denial: the bombers attacked no further target."""
    graph = extract(text)
    hit = [c for c in _bombers(graph) if graph.entities[c.object].label == target]
    assert not hit, hit
