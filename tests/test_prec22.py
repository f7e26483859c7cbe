"""Precision of roles (issue 13, prec22).

1. A leader's title right before a name that nothing before it owns makes the organisation
   after the name's "of" the one the person leads ("opposition leader X of the Y Party" is
   leader_of the party, not member_of it); other titles, an owned title and no title leave
   "X of ORG" a member (kg/extract/roles.py ``leader_title_before``, kg/extract/employment.py).
2. The insurgency a community word names ("the Kurdish insurgency") is waged by the article's
   node of those people: its plural ("the Maoists"), else its one armed collective ("Kurdish
   fighters"); an adjective is no actor's name (kg/extract/assaults.py ``_community_side``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The budget is a fraud," said opposition leader Maria Santos of the Liberal Party.',
            ("Maria Santos", "Liberal Party"),
        ),
        (
            "Chairman Ali Musa of the Kenya Football Federation resigned on Monday.",
            ("Ali Musa", "Kenya Football Federation"),
        ),
    ],
)
def test_prec22_leader_title_before_of_org_leads(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """ "<leader title> X of ORG": X leads ORG and is no mere member of it."""
    graph = extract(text, published="2015-05-20")
    assert expected in pairs(graph, "leader_of")
    assert expected not in pairs(graph, "member_of")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no title: a member
        ("Roger Crouch of NASA said the launch was delayed.", ("Roger Crouch", "NASA")),
        # a deputy's title: a member
        (
            "Deputy leader Maria Santos of the Liberal Party criticised the budget.",
            ("Maria Santos", "Liberal Party"),
        ),
        # a title that does not lead
        (
            "Spokesman Ali Musa of the Kenya Football Federation said the match was off.",
            ("Ali Musa", "Kenya Football Federation"),
        ),
    ],
)
def test_prec22_other_of_org_is_member(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "X of ORG" under no leader's title stays member_of ORG, never leader_of."""
    graph = extract(text, published="2015-05-20")
    assert expected in pairs(graph, "member_of")
    assert expected not in pairs(graph, "leader_of")


@pytest.mark.parametrize(
    ("text", "expected", "bare"),
    [
        (
            "Turkish officials say eight Kurdish fighters have died in a gun battle with security "
            "forces in the country's east.\n\nTurkey's long-running Kurdish insurgency began in "
            "1984 and has cost thousands of lives.",
            ("Kurdish fighters", "Turkey"),
            ("Kurdish", "Turkey"),
        ),
        (
            "Nepalese officials say eight Maoist fighters have died in a gun battle with "
            "security forces in the country's west.\n\nNepal's long-running Maoist insurgency "
            "began in 1996 and has cost thousands of lives.",
            ("Maoist fighters", "Nepal"),
            ("Maoist", "Nepal"),
        ),
    ],
)
def test_prec22_community_insurgency_is_its_collective(
    extract: Any, text: str, expected: tuple[str, str], bare: tuple[str, str]
) -> None:
    """ "the Kurdish insurgency" in an article on "Kurdish fighters": the fighters attacked
    the country, not a node named by the adjective."""
    graph = extract(text, published="2015-05-20")
    assert expected in pairs(graph, "attacked")
    assert bare not in pairs(graph, "attacked")


def test_prec22_unarmed_collective_is_not_the_insurgent(extract: Any) -> None:
    """Of the community's collectives only an armed one wages its insurgency: "Kurdish
    lawmakers" in the same article are not chosen."""
    graph = extract(
        "Turkish officials say eight Kurdish fighters have died in a gun battle with security "
        "forces in the country's east. Kurdish lawmakers said the army had provoked the "
        "clash.\n\nTurkey's long-running Kurdish insurgency began in 1984 and has cost "
        "thousands of lives.",
        published="2015-05-20",
    )
    attackers = {s for s, o in pairs(graph, "attacked") if o == "Turkey"}
    assert "Kurdish fighters" in attackers
    assert "Kurdish lawmakers" not in attackers
