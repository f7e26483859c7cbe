"""A meeting convened "of" actors: the convener met them, or negotiated with them when the
meeting is talks (``kg/extract/convened_meetings.py``): "Kenya will convene a meeting of X",
"Qatar hosted a summit of Gulf leaders". Sentences of our own, about other actors than the
article that showed the form."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses

FOUND = [
    (
        "Indonesia hosted a meeting of ASEAN foreign ministers in Jakarta on Friday.",
        "met",
        {"Indonesia", "ASEAN foreign ministers"},
    ),
    ("Qatar hosted a summit of Gulf leaders on Monday.", "met", {"Qatar", "Gulf leaders"}),
    (
        "Ethiopia will convene a meeting of the African Union and IGAD on Friday.",
        "met",
        {"Ethiopia", "African Union"},
    ),
    # a negotiation word makes the meeting talks
    (
        "Norway hosted a peace conference of the Sudanese government and the SPLM in Oslo.",
        "negotiated_with",
        {"Norway", "Sudanese government"},
    ),
]


@pytest.mark.parametrize(("text", "predicate", "sides"), FOUND)
def test_convened_meetings_found(extract: Any, text: str, predicate: str, sides: set[str]) -> None:
    """The convener of a meeting "of" actors meets (or negotiates with) each of them."""
    found = {frozenset(p) for p in pairs(extract(text, published="2015-05-15"), predicate)}
    assert frozenset(sides) in found, found


NO_CLAIM = [
    # a body holding its own meeting meets no one ("hold" is no convening verb)
    "The African Union held a meeting of its members on Monday.",
    # a meeting with no "of" actors
    "Indonesia hosted a meeting on the crisis in Jakarta on Friday.",
    # not a meeting noun
    "Qatar hosted the World Cup of FIFA in 2022.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_convened_meetings_no_claim(extract: Any, text: str) -> None:
    """No convening verb, no "of" actors or no meeting noun: no meeting claim."""
    graph = extract(text, published="2015-05-15")
    assert not pairs(graph, "met"), pairs(graph, "met")
    assert not pairs(graph, "negotiated_with"), pairs(graph, "negotiated_with")


def test_convened_meetings_planned(extract: Any) -> None:
    """A meeting the convener will hold is planned."""
    graph = extract(
        "Ethiopia will convene a meeting of the African Union on Friday.", published="2015-05-15"
    )
    found = statuses(graph, ("Ethiopia", "met", "African Union")) | statuses(
        graph, ("African Union", "met", "Ethiopia")
    )
    assert found == {"planned"}, pairs(graph, "met")
