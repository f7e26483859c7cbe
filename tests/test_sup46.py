"""Support claims (sup46). Sentences of our own, about other actors.

"the coastguard conducted rescue operations", with no one named as rescued: the rescuers aided
the article's one group of people in need of rescue (kg/extract/rescue_objects.py).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_LANDED = "Hundreds of migrants reached Lesbos on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LANDED + "The Greek coastguard conducted rescue operations on Tuesday.",
            ("Greek coastguard", "supported", "migrants", "occurred"),
        ),
        (
            _LANDED + "The Greek coastguard conducted search and rescue operations.",
            ("Greek coastguard", "supported", "migrants", "occurred"),
        ),
        (
            _LANDED + "The Greek coastguard did not conduct rescue operations.",
            ("Greek coastguard", "supported", "migrants", "denied"),
        ),
    ],
)
def test_rescue_objects_article_people_rescued(
    extract: Any, text: str, expected: tuple[str, str, str, str]
) -> None:
    """Rescue operations with no one named as rescued aid the article's migrants."""
    assert expected in _with_status(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        _LANDED + "The Greek army conducted military operations near the border.",
        "Storms hit Lesbos on Monday. The Greek coastguard conducted rescue operations.",
        # the phrase names whom it is for: read elsewhere, not the article's migrants
        _LANDED + "The Greek coastguard conducted rescue operations for stranded fishermen.",
    ],
)
def test_rescue_objects_not_without_rescue_or_people(extract: Any, text: str) -> None:
    """Operations that are no rescue, for others named, or in an article with no group of
    migrants, give the migrants no aid."""
    graph = extract(text, published="2015-06-10")
    found = triples(graph)
    assert not any(s == "Greek coastguard" and p == "supported" for s, p, _ in found), found


def _with_status(graph: Any) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, status) of every claim with an object."""
    return {
        (
            graph.entities[c.subject].label,
            c.predicate.value,
            graph.entities[c.object].label,
            c.qualifiers.status.value,
        )
        for c in graph.claims
        if c.object is not None
    }
