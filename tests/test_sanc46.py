"""Counted parts of a people phrase acted on (sanc46).

"Police arrested seven of the protesters", "two of its players were detained by X": the
number counted out of a plural people noun that a sanction verb takes as object is a group of
its article, labelled as written, and the sanction falls on it (kg/resolve/counted.py
``_counted_partitives``). Not one named person ("One of the suspects, Li Wei,"), not a part
of people the paragraph already named ("charged nine officials and arrested seven of the
officials"), not a part that acts. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan police arrested seven of the protesters.",
            ("Kenyan police", "seven of the protesters"),
        ),
        (
            "Two of its players were detained by Russian police on Monday.",
            ("Russian police", "Two of its players"),
        ),
        ("Kenya deported three of the activists.", ("Kenya", "three of the activists")),
        (
            "The Nigerian army arrested two of the suspects on Monday.",
            ("Nigerian army", "two of the suspects"),
        ),
    ],
)
def test_counted_partitive_objects_are_sanctioned(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A number counted out of a people noun, arrested or deported, is a sanctioned group."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "sanctioned")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # one named person: the sanction falls on the name, no group "One of the suspects"
        ("One of the suspects, Li Wei, was arrested by Kenyan police.", "One of the suspects"),
        # the officials were named already: "seven of the officials" is no group of its own
        (
            "Kenyan police charged nine FIFA officials and arrested seven of the officials.",
            "seven of the officials",
        ),
        # a part that acts is no sanctioned group
        ("Seven of the players scored goals against Ghana.", "Seven of the players"),
    ],
)
def test_counted_partitive_not_a_group(extract: Any, text: str, absent: str) -> None:
    """A named one, a part of people named before, or a part that acts makes no group."""
    graph = extract(text, published="2015-06-10")
    assert absent not in node_types(graph)
    assert all(o != absent for _s, o in pairs(graph, "sanctioned"))


def test_counted_partitive_named_person_keeps_the_sanction(extract: Any) -> None:
    """ "One of the suspects, Li Wei," arrested: the sanction falls on Li Wei."""
    graph = extract("One of the suspects, Li Wei, was arrested by Kenyan police.")
    assert ("Kenyan police", "Li Wei") in pairs(graph, "sanctioned")
