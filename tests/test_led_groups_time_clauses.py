"""Leaders named by a subjectless "-ing" clause of time and by a bare body noun (kg/extract/
led_groups.py, inst57): "X, who resigned after leading the party for eight years" -> X led the
party the article named. Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (text, (subject, predicate, object))
LED = [
    (
        "Ed Miliband resigned after leading the Labour Party for five years.",
        ("Ed Miliband", "leader_of", "Labour Party"),
    ),
    (
        "The Green Party lost the vote. Natalie Bennett, who quit after heading the party "
        "for four years, conceded.",
        ("Natalie Bennett", "leader_of", "Green Party"),
    ),
    (
        "The Green Party met in Leeds. Natalie Bennett stepped down after leading the party "
        "to defeat.",
        ("Natalie Bennett", "leader_of", "Green Party"),
    ),
]

# (text, (subject, predicate, object) that must not be claimed)
NOT_LED = [
    # no body led: protests
    (
        "The Labour Party marched. Ed Miliband resigned after leading the protests for days.",
        ("Ed Miliband", "leader_of", "Labour Party"),
    ),
    # a country's delegation is no body the leader leads
    (
        "Russia sent a delegation to the talks. Sergei Lavrov leads the delegation.",
        ("Sergei Lavrov", "leader_of", "Russia"),
    ),
    # a delegation led to a country: the country is not led
    (
        "Tony Blair praised the Labour Party after leading a delegation to Iraq.",
        ("Tony Blair", "leader_of", "Iraq"),
    ),
    # a campaign led is no body led
    (
        "The Green Party met in Leeds. Natalie Bennett resigned after leading the campaign "
        "for a year.",
        ("Natalie Bennett", "leader_of", "Green Party"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), LED)
def test_led_groups_time_clause_leader(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A subjectless leading clause after "after"/"before" shares its verb's subject."""
    assert claims_between(extract(text), *triple)


@pytest.mark.parametrize(("text", "triple"), NOT_LED)
def test_led_groups_time_clause_no_body_no_leader(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """No body led or a country's delegation gives no leader claim."""
    assert not claims_between(extract(text), *triple)
