"""Structural relations (rel43): a region's office named by its adjective.

"the Western Australian state premier X": a two-word region adjective, and one past a "state"
word before the office title, names the region the office is of (kg/resolve/entities.py
``_region_office``, ``region_demonyms`` in kg/data/en/cues.json). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "South Australian premier Jay Weatherill said the rally was peaceful.",
            ("Jay Weatherill", "South Australia"),
        ),
        (
            "Tasmanian state premier Will Hodgman opened the bridge on Monday.",
            ("Will Hodgman", "Tasmania"),
        ),
        (
            "Bavarian state premier Horst Seehofer criticised the plan.",
            ("Horst Seehofer", "Bavaria"),
        ),
        (
            "Victorian premier Daniel Andrews said the strike would end.",
            ("Daniel Andrews", "Victoria"),
        ),
    ],
)
def test_entities_region_adjective_names_the_office(
    extract: Any, text: str, expected: Pair
) -> None:
    """A region's adjective (one or two words, "state" between) before an office title: the
    person leads the region."""
    assert expected in pairs(extract(text, published="2015-06-10"), "leader_of")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # no office after the adjective: a style, no region
        ("The Victorian house was sold by Daniel Andrews.", "Victoria"),
        # a state word with no office after it
        ("South Australian state schools were closed by Jay Weatherill.", "South Australia"),
    ],
)
def test_entities_region_adjective_without_office_names_no_region(
    extract: Any, text: str, absent: str
) -> None:
    """Without an office title after it, the adjective leads to no leader_of of the region."""
    graph = extract(text, published="2015-06-10")
    assert all(o != absent for _, o in pairs(graph, "leader_of"))
