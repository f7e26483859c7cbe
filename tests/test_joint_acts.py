"""Exercises held together (kg/extract/joint_acts.py): drills or war games held by coordinated
sides are joint without the word. Sentences of our own about actors that are neither the seed's
nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, (one side, the other))
EXERCISES = [
    ("Russia and China held naval drills in the Sea of Japan.", ("China", "Russia")),
    ("Algeria and Tunisia launched ten days of war games.", ("Algeria", "Tunisia")),
    ("Indian and Japanese warships began naval exercises.", ("Indian army", "Japanese army")),
]

# (sentence, (one side, the other) that must not cooperate)
NOT_EXERCISES = [
    # one side's drill is no cooperation with the country it faces
    ("Iran held military drills near its border with Iraq.", ("Iran", "Iraq")),
    # an agreement on exercises is not the exercises held
    ("Chile and Peru argued over naval exercises.", ("Chile", "Peru")),
]


def _cooperated(graph: Any, a: str, b: str) -> list[Any]:
    return claims_between(graph, a, "cooperated_with", b) + claims_between(
        graph, b, "cooperated_with", a
    )


@pytest.mark.parametrize(("sentence", "pair"), EXERCISES)
def test_joint_acts_exercises_of_coordinated_sides(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Coordinated sides holding drills or war games cooperate militarily (CAMEO 062)."""
    graph = extract(sentence)
    found = _cooperated(graph, *pair)
    assert found, sorted(
        (graph.entities[r.subject].label, r.predicate.value, r.object) for r in graph.claims
    )
    assert found[0].qualifiers.cameo == "062"


@pytest.mark.parametrize(("sentence", "pair"), NOT_EXERCISES)
def test_joint_acts_no_cooperation_without_coordinated_exercises(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """One side's drill, or exercises only talked about, is no cooperation."""
    assert not _cooperated(extract(sentence), *pair)


# (sentence, (one side, the other), status)
AGREEMENTS = [
    (
        "Slovakia and Austria agreed on Tuesday that their countries should cooperate.",
        ("Austria", "Slovakia"),
        "occurred",
    ),
    ("Chile and Peru did not agree on the border.", ("Chile", "Peru"), "denied"),
]


@pytest.mark.parametrize(("sentence", "pair", "status"), AGREEMENTS)
def test_joint_acts_coordinated_sides_agree_with_each_other(
    extract: Any, sentence: str, pair: tuple[str, str], status: str
) -> None:
    """Coordinated sides that agree agree with each other (AGREE, CAMEO 030)."""
    graph = extract(sentence)
    found = claims_between(graph, pair[0], "agreed_with", pair[1]) + claims_between(
        graph, pair[1], "agreed_with", pair[0]
    )
    assert found, sorted(
        (graph.entities[r.subject].label, r.predicate.value, r.object) for r in graph.claims
    )
    assert found[0].qualifiers.cameo == "030"
    assert found[0].qualifiers.status.value == status


def test_joint_acts_one_side_agreeing_to_others(extract: Any) -> None:
    """A leader and his own party agreeing to others' demands do not agree with each other."""
    graph = extract(
        "President Museveni and his National Resistance Movement must agree to major"
        " constitutional changes."
    )
    assert not [r for r in graph.claims if r.predicate.value == "agreed_with"]
