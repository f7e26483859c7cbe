"""Movement (move44): "come into" a named place and "head to" a place for talks are visits;
"came into force" and "head for talks" name no place. Sentences of our own. (move44's
meeting visits, "people who meet in a place abroad visited it", were dropped at merge: a met
claim with its place already says it, and the extra visit events cluttered timelines.)
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

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
