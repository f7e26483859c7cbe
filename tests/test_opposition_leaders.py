"""A side's word before a leader's title ("opposition leader X", "X, the opposition
leader,") makes the person leader_of the article's opposition (kg/extract/opposition_leaders.py).
Sentences of our own about other people than the articles the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Opposition leader Kemal Arslan criticised the budget on Monday.", "Kemal Arslan"),
        ("Jailed Zambian opposition leader Hakainde Mwale lost his appeal.", "Hakainde Mwale"),
        ("Kemal Arslan, the opposition leader, criticised the budget.", "Kemal Arslan"),
        ("The opposition leader, Kemal Arslan, criticised the budget.", "Kemal Arslan"),
        (
            "Former president turned opposition leader Hugo Ferreira visited the town.",
            "Hugo Ferreira",
        ),
    ],
)
def test_opposition_leaders_title_leads_the_opposition(
    extract: Any, text: str, person: str
) -> None:
    """ "opposition leader X": X leads the article's opposition."""
    graph = extract(text, published="2015-05-20")
    assert (person, "opposition") in pairs(graph, "leader_of"), pairs(graph, "leader_of")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a deputy leads nothing
        ("Deputy opposition leader Kemal Arslan criticised the budget.", "Kemal Arslan"),
        # a party's leader, not the opposition's
        ("Opposition party leader Kemal Arslan criticised the budget.", "Kemal Arslan"),
        # the body after the name's "of" is the one led
        (
            "Opposition leader Kemal Arslan of the Freedom Party criticised the budget.",
            "Kemal Arslan",
        ),
        # several leaders, no one titled
        ("Opposition leaders met Kemal Arslan on Monday.", "Kemal Arslan"),
    ],
)
def test_opposition_leaders_other_titles_lead_no_opposition(
    extract: Any, text: str, person: str
) -> None:
    """A deputy's, a party's or a plural title makes no leader of the opposition."""
    graph = extract(text, published="2015-05-20")
    assert (person, "opposition") not in pairs(graph, "leader_of"), pairs(graph, "leader_of")
