"""Events between actors the graph already has (gen38): sides named by a "pro-" prefix."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

PRO_FOUND = [
    (
        "Former president Laurent Gbagbo fled to Ghana. Pro-Gbagbo fighters attacked the "
        "police station in Abidjan on Monday.",
        ("pro-Gbagbo fighters", "supported", "Laurent Gbagbo"),
    ),
    (
        "The Taliban denied the report, but the pro-Taliban Haqqani Network claimed the bombing.",
        ("Haqqani network", "supported", "Taliban"),
    ),
    (
        "The Syrian government denied the report. The pro-government National Defence Forces "
        "fought alongside the Syrian army near Qusayr.",
        ("National Defence Forces", "supported", "Syrian government"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), PRO_FOUND)
def test_loyalties_pro_side_supported_the_named(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A "pro-X" side or group supported the person, group or government X names."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))


PRO_NOT_FOUND = [
    # a cause or a people after "pro-" is no actor of the article
    "Kurdish fighters took Kobane. The pro-Kurdish HDP won 13 percent of the vote.",
    "Palestinian officials protested. Pro-Palestinian activists marched in London.",
    "Pro-democracy activists marched in Hong Kong on Sunday.",
    # no one of the article carries the name
    "Pro-Gbagbo fighters attacked the police station in Abidjan on Monday.",
]


@pytest.mark.parametrize("text", PRO_NOT_FOUND)
def test_loyalties_pro_cause_supports_no_one(extract: Any, text: str) -> None:
    """No supported claim from a "pro-" phrase whose name is no person or group of the
    article."""
    graph = extract(text, published="2015-05-20")
    assert not [t for t in triples(graph) if t[1] == "supported"], sorted(triples(graph))
