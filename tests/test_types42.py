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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The poll was carried out by Datafolha Ribeiro, which surveyed 2,000 voters.",
            "Datafolha Ribeiro",
        ),
        (
            "Kadima Torah is a small party. Members of Kadima Torah voted against the bill.",
            "Kadima Torah",
        ),
    ],
)
def test_node_types_member_role_or_which_make_an_organisation(
    extract: Any, text: str, name: str
) -> None:
    """A name with a member's role noun ("members of X") or "which" after it is an
    organisation, whatever the model's label."""
    graph = extract(text, published="2015-06-10")
    assert node_types(graph).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person has a spokesman of his own: no member's role of an organisation
        (
            "Nasir Khan's spokesman said the talks had failed. Nasir Khan left Kabul.",
            "Nasir Khan",
        ),
        ("Jackson Pollock, who painted in New York, said art was hard.", "Jackson Pollock"),
    ],
)
def test_node_types_person_cue_keeps_a_person(extract: Any, text: str, name: str) -> None:
    """A person noun in apposition or "who" after the name keeps it a person."""
    graph = extract(text, published="2015-06-10")
    assert node_types(graph).get(name) == "Person"


def test_node_types_which_after_a_described_person_keeps_the_person(extract: Any) -> None:
    """A "which" after a person the text describes ("young anarchist X, which was the spark
    ...") tells of the whole event: the name stays a person."""
    graph = extract(
        "Zagreb is known as the site of the murder in 1921 of Croatian politician Ivan "
        "Horvat by young anarchist Marko Kovac, which was the spark that ignited a civil war.",
        published="2015-06-10",
    )
    assert node_types(graph).get("Marko Kovac") == "Person"
