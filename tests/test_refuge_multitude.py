"""Refuge to a people counted in thousands (kg/extract/refuge.py, ``multitude_words``): so many
of a people taken in are refugees whatever their noun, and the host supports them rather than
meeting them. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Pakistan has hosted more than 1.5 million Afghans since the Soviet invasion.",
        ("Pakistan", "Afghans"),
    ),
    ("Lebanon has taken in more than a million Syrians.", ("Lebanon", "Syrians")),
    ("Turkey shelters some 300,000 Iraqis.", ("Turkey", "Iraqis")),
    ("Ethiopia hosts more than 250,000 Eritreans.", ("Ethiopia", "Eritreans")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_refuge_multitude_supported_not_met(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """ "has hosted 1.5 million Afghans": the host supports them and meets no one."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "supported"), pairs(graph, "supported")
    assert not pairs(graph, "met"), pairs(graph, "met")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosts thousands of foreign diplomats.",
        "Qatar hosted 300 Afghans for talks in Doha.",
        "Turkey hosted Gulf leaders at the 2015 summit.",
    ],
)
def test_refuge_multitude_no_refuge(extract: Any, text: str) -> None:
    """Officials hosted, a small party at talks, a year in front of a summit: no refuge."""
    graph = extract(text, published="2015-06-10")
    assert not pairs(graph, "supported"), pairs(graph, "supported")
