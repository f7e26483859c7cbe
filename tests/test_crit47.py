"""What critics say (crit47).

"Critics said Kenyatta had failed", "his opponents say Erdogan has failed": people named by
their stance against someone, saying a that-clause, criticise whom the clause is about, or
whom their own phrase names ("critics of X"); their plural is then a group of its article
(kg/extract/critics_say.py; kg/resolve/people.py ``event_role``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Critics said Kenyatta had failed to tackle corruption.",
            ("critics", "criticized", "Uhuru Kenyatta"),
        ),
        (
            "Critics argue that Buhari is too old to lead.",
            ("critics", "criticized", "Muhammadu Buhari"),
        ),
        (
            "Detractors argued that the Kenyan president had played into the hands of al-Shabab.",
            ("detractors", "criticized", "Uhuru Kenyatta"),
        ),
        (
            "Opponents said the Pakistani army had overstepped its role.",
            ("opponents", "criticized", "Pakistani army"),
        ),
        (
            "Critics said Nkurunziza's re-election bid violated the constitution.",
            ("critics", "criticized", "Pierre Nkurunziza"),
        ),
        ("Sceptics say Iran will cheat.", ("sceptics", "criticized", "Iran")),
        # whom their own phrase names, whatever the clause is about
        (
            "Critics of Kenyatta say the economy is failing.",
            ("Kenyatta critics", "criticized", "Uhuru Kenyatta"),
        ),
        (
            "Kenyatta's opponents claim the election was rigged.",
            ("Kenyatta's opponents", "criticized", "Uhuru Kenyatta"),
        ),
        (
            "Kenyatta went on trial, with critics saying he had rigged the vote.",
            ("critics", "criticized", "Uhuru Kenyatta"),
        ),
        # a passive clause is about the one after "by"
        (
            "Critics said Ugandan villagers were beaten by the Ugandan army.",
            ("critics", "criticized", "Ugandan army"),
        ),
        # the critics are a node by the doer after "by", not the passive subject (review47 D5)
        (
            "Critics said the villagers were beaten by the Ugandan army.",
            ("critics", "criticized", "Ugandan army"),
        ),
    ],
)
def test_critics_say_criticise_whom_the_clause_is_about(
    extract: Any, text: str, expected: Triple
) -> None:
    """Critics saying a clause criticise its actor subject, or the owner of its subject."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        # a statement of other people is no verdict on anyone
        "Officials said Kenyatta had failed to tackle corruption.",
        "Analysts argue that Buhari is too old to lead.",
        # critics speaking of no actor, or with no clause, criticise no one
        "Critics say the trade deal favours big companies.",
        "Critics warned of delays in Kenya.",
    ],
)
def test_critics_say_needs_critics_and_an_actor(extract: Any, text: str) -> None:
    """No criticism from other speakers, nor from critics who name no actor."""
    assert not pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Critics said Ugandan civilians were killed by the army.", "Ugandan civilians"),
        ("Opponents said the Ugandan army had been attacked by the rebels.", "Ugandan army"),
    ],
)
def test_critics_say_passive_subject_is_no_target(extract: Any, text: str, victim: str) -> None:
    """The subject of a passive clause the critics say suffered the act: no criticism of it."""
    graph = extract(text, published="2015-06-10")
    assert not any(o == victim for _, o in pairs(graph, "criticized"))


def test_critics_say_an_act_is_only_its_written_owners(extract: Any) -> None:
    """ "Critics of the plan" criticise no one the plan is not written as owned by."""
    graph = extract(
        "Kenya announced a plan to close the Dadaab camp. Critics of the plan say closing the "
        "camp would break international law.",
        published="2015-06-10",
    )
    assert ("critics", "Kenya") not in pairs(graph, "criticized")


@pytest.mark.parametrize(
    "text",
    [
        "Critics said the plan would fail.",
        "Critics argue that the reforms came too late.",
        # a passive subject is the victim, not the one spoken of (review47 D5)
        "Critics said Ugandan civilians were killed in the raid.",
    ],
)
def test_critics_say_no_node_when_no_one_is_named(extract: Any, text: str) -> None:
    """Critics speaking of no one named are no node of their own."""
    graph = extract(text, published="2015-06-10")
    assert "critics" not in {e.label for e in graph.entities.values()}
