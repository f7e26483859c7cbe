"""Counted people that a sanction or an act of aid takes as object ("arrested 14 young men",
"rescued 120 women and children") are a group of their article labelled as written with their
number (kg/resolve/counted.py; gen54). Sentences of our own, about other actors than the
articles the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Kenyan police arrested 14 young men in Mombasa on Tuesday.",
        ("Kenyan police", "sanctioned", "14 young men"),
    ),
    (
        "Turkish authorities have detained nearly 40 members of a banned union.",
        ("Turkish authorities", "sanctioned", "nearly 40 members of a banned union"),
    ),
    (
        "Iran has executed three members of a Kurdish group.",
        ("Iran", "attacked", "three members"),
    ),
    (
        "The Greek coastguard rescued 120 women and children off Lesbos.",
        ("Greek coastguard", "supported", "120 women and children"),
    ),
    (
        "Twelve students were arrested by Zimbabwean police in Harare.",
        ("Zimbabwean police", "sanctioned", "Twelve students"),
    ),
    (
        "The Tunisian court sentenced two men to 10 years in prison.",
        ("Tunisian court", "sanctioned", "two men"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_counted_people_acted_upon_are_a_group(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A counted people noun, object of a sanction or aid verb, is a Group node so labelled."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    assert labelled(graph, triple[2]).type.value == "Group"


def test_counted_people_with_a_name_stand_for_it(extract: Any) -> None:
    """Counted people with a name inside stand for the name: no counted group."""
    graph = extract("Interpol arrested five senior UEFA officials in Monaco.")
    found = triples(graph)
    assert ("Interpol", "sanctioned", "UEFA") in found, found
    assert not any(o.startswith("five") for _, _, o in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops killed 30 people in Borno.",  # no sanction or aid verb
        "Kenyan police arrested the suspects in Mombasa.",  # no number
        "Kenyan police arrested 30 tonnes of ivory in Mombasa.",  # no people
    ],
)
def test_counted_other_phrases_make_no_group(extract: Any, text: str) -> None:
    """A count under another verb, people with no number, or things counted make no group."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label for e in graph.entities.values()}
    assert not any(label[:1].isdigit() or label.startswith("30") for label in labels), labels
    assert "suspects" not in " ".join(labels)
