"""Node types from the article's own evidence (types42).

A name the model typed a person or an organisation that the article's words place in most of
its mentions ("militants have taken X", "the residents of X", "villagers from X ... stormed X")
is a place, a city when the data knows a large city of that name (kg/extract/node_types.py).
A speaker, a titled name, a person's workplace ("a writer from X") keep their type. Sentences
of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Militants have taken Mukalla and the residents of Mukalla are afraid.",
            "Mukalla",
            "City",
        ),
        (
            "Villagers from Dalori Kasa said the raid was brutal. Troops stormed Dalori Kasa.",
            "Dalori Kasa",
            "Place",
        ),
        (
            "A shopkeeper from Sirte said he had fled. Militias seized Sirte in March.",
            "Sirte",
            "City",
        ),
    ],
)
def test_node_types_placed_name_is_a_place(extract: Any, text: str, name: str, kind: str) -> None:
    """A name the article places in most of its mentions is typed a place."""
    graph = extract(text, published="2015-06-10")
    assert node_types(graph).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a speaker, though arrested "in Kabul" and named after a place word
        (
            "Ahmed Shah told reporters the raid was brutal. Police arrested Ahmed Shah in Kabul.",
            "Ahmed Shah",
            "Person",
        ),
        # a workplace after "from" is no place of an organisation
        (
            "Maria Lopez, a writer from Vox, praised the plan. Maria Lopez works for Vox.",
            "Vox",
            "Organization",
        ),
        # a city's name as a person's: a speaker
        (
            "Jackson said the budget was wrong. A reporter from Jackson asked about it.",
            "Jackson",
            "Person",
        ),
    ],
)
def test_node_types_speaker_or_workplace_keeps_its_type(
    extract: Any, text: str, name: str, kind: str
) -> None:
    """A speaker or an organisation named as a workplace is not retyped a place."""
    graph = extract(text, published="2015-06-10")
    assert node_types(graph).get(name) == kind
