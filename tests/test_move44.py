"""Movement and meetings (move44).

People who meet in a named place abroad visited it, on both sides of the meeting
(kg/extract/meeting_visits.py); a meeting at home, a cancelled one or a place-less one visits
nowhere. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

Pair = tuple[str, str]


def _visits(graph: Any) -> dict[Pair, str]:
    """(visitor, place) -> status of every visit."""
    return {
        (graph.entities[r.subject].label, graph.entities[r.object].label): r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None and r.predicate.value == "visited"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergei Lavrov met John Kerry in Geneva on Monday.",
            {("Sergei Lavrov", "Geneva"), ("John Kerry", "Geneva")},
        ),
        (
            "Narendra Modi and Nawaz Sharif met in Ufa on Friday.",
            {("Narendra Modi", "Ufa"), ("Nawaz Sharif", "Ufa")},
        ),
        (
            "The Arab leaders meeting in Sharm el-Sheikh backed a joint force.",
            {("Arab leaders", "Sharm el-Sheikh")},
        ),
    ],
)
def test_meeting_visits_both_sides_visit_the_place(
    extract: Any, text: str, expected: set[Pair]
) -> None:
    """People who meet in a named place abroad visited it."""
    assert expected <= pairs(extract(text, published="2015-06-10"), "visited")


def test_meeting_visits_keep_a_planned_meeting_planned(extract: Any) -> None:
    """A meeting to come gives a planned visit."""
    graph = extract(
        "Sergei Lavrov will meet John Kerry in Vienna next week.", published="2015-06-10"
    )
    visits = _visits(graph)
    assert visits.get(("Sergei Lavrov", "Vienna")) == "planned"
    assert visits.get(("John Kerry", "Vienna")) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        # at home: a Russian in Moscow, a French leader in Paris
        "Vladimir Putin met French President Francois Hollande's envoy in Moscow on Monday.",
        "French President Francois Hollande met union leaders in Paris on Monday.",
        # cancelled, and a place that is no meeting place
        "Sergei Lavrov did not meet John Kerry in Geneva.",
        "Sergei Lavrov met John Kerry on Monday.",
    ],
)
def test_meeting_visits_not_at_home_nor_when_no_meeting(extract: Any, text: str) -> None:
    """A meeting at home, one that did not happen or one with no place visits nowhere."""
    graph = extract(text, published="2015-06-10")
    assert {
        (s, o)
        for s, o in pairs(graph, "visited")
        if o in ("Moscow", "Paris", "Geneva") or s in ("Sergei Lavrov", "John Kerry")
    } == set()
    assert ("Sergei Lavrov", "visited", "Geneva") not in triples(graph)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of Afghan refugees came into Iran last year.", ("Afghan refugees", "Iran")),
        (
            "Fewer migrants are coming into Hungary through official crossings.",
            ("migrants", "Hungary"),
        ),
    ],
)
def test_triggers_coming_into_a_country_visits_it(extract: Any, text: str, expected: Pair) -> None:
    """Coming into a named place is a visit of it."""
    assert expected in pairs(extract(text, published="2015-06-10"), "visited")


@pytest.mark.parametrize(
    "text",
    [
        "The new constitution came into force in Nepal on Sunday.",
        "Jeb Bush entered the race for the White House on Monday.",
        "Iran entered talks with the United States in Vienna.",
        "The Labour Party came into power in Britain in 1997.",
    ],
)
def test_triggers_coming_into_force_or_entering_a_race_is_no_visit(extract: Any, text: str) -> None:
    """ "came into force", "came into power", "entered the race" or talks visit nowhere."""
    assert pairs(extract(text, published="2015-06-10"), "visited") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sergei Lavrov headed to Tehran for talks on Monday.",
            ("Sergei Lavrov", "Tehran", "occurred"),
        ),
        (
            "Shinzo Abe is expected to head to Jakarta for a summit.",
            ("Shinzo Abe", "Jakarta", "planned"),
        ),
        ("Shinzo Abe headed for Jakarta on Monday.", ("Shinzo Abe", "Jakarta", "occurred")),
    ],
)
def test_triggers_head_to_a_place_for_talks_visits_the_place(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "headed to X for talks": the place after "to" is visited, with the verb's status, though
    "for" names the purpose."""
    visitor, place, status = expected
    assert _visits(extract(text, published="2015-06-10")).get((visitor, place)) == status


def test_triggers_head_for_talks_names_no_place(extract: Any) -> None:
    """ "headed for talks" names no place: no visit."""
    graph = extract("Sergei Lavrov headed for talks with John Kerry.", published="2015-06-10")
    assert pairs(graph, "visited") == set()
