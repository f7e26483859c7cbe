"""Resolver: a cluster whose name no person has ("Inside Story", "Leeds United", "Boise State")
is not typed a person on the model's label alone and lends no surname; persons whose surname
is also a common noun stay persons; a person's name stops at a heading's dash or a score."""

from __future__ import annotations

from typing import Any

import pytest

from kg.resolve.names import name_words
from tests.conftest import labelled

NAMES = [
    # words, whether they can be a person's name
    (["Gordon", "Brown"], True),
    (["Theresa", "May"], True),
    (["John", "Snow"], True),
    (["Tony", "Bishop"], True),
    (["Dan", "Rather"], True),
    (["Will", "Smith"], True),
    (["Abdel", "Fattah", "al-Sisi"], True),
    (["Hwang", "Pyong-so"], True),
    (["Leeds", "United"], False),  # a club
    (["Boise", "State"], False),  # a university
    (["Adam", "Smith", "Society"], False),  # a think tank
    (["Doctors", "Without", "Borders"], False),  # an NGO
    (["Inside", "Story"], False),  # a programme
    (["Evin", "Prison"], False),  # a facility
    (["European", "Cup"], False),  # a competition
    (["Leila", "Haddad", "-", "Director"], False),  # a guest list's heading
    (["Serena", "Williams", "6-2"], False),  # a score
]


@pytest.mark.parametrize(("words", "person"), NAMES)
def test_names_person_name_tells_names_no_person_has(words: list[str], person: bool) -> None:
    """Organisation, place, team, event and programme heads, function words and headings
    make a name no person's; common-noun surnames do not."""
    assert name_words("en").person_name(words) is person


TYPES = [
    # text, label, its type
    (
        "Leeds United beat Aston Villa 2-0 on Saturday, and Leeds United coach Marco Silva "
        "said the win mattered.",
        "Leeds United",
        "Organization",
    ),
    (
        "Inside Story asked whether the ceasefire would hold. On Inside Story, three guests "
        "debated the deal.",
        "Inside Story",
        "Organization",
    ),
    (
        "Gordon Brown said Britain must act. Brown spoke in Edinburgh on Tuesday.",
        "Gordon Brown",
        "Person",
    ),
    (
        "Theresa May met Angela Merkel in Berlin. May said the talks were useful.",
        "Theresa May",
        "Person",
    ),
    (
        "John Snow reported from Gaza on Monday. Snow said the strikes continued.",
        "John Snow",
        "Person",
    ),
    (
        "Tony Bishop, a lawyer, said the ruling was wrong. Bishop said he would appeal.",
        "Tony Bishop",
        "Person",
    ),
    (
        "Leila Haddad - Director of the Cairo Institute for Human Rights Studies.",
        "Leila Haddad",
        "Person",
    ),
    (
        "Serena Williams won 6-2 6-1 against Maria Sharapova. Serena Williams 6-2 6-1 was the "
        "score.",
        "Serena Williams",
        "Person",
    ),
]


@pytest.mark.parametrize(("text", "label", "etype"), TYPES)
def test_resolver_person_type_needs_a_person_name(
    extract: Any, text: str, label: str, etype: str
) -> None:
    """The model's PERSON makes a person only of a name a person can have."""
    graph = extract(text, published="2015-05-20")
    types = {e.label: e.type.value for e in graph.entities.values()}
    assert types.get(label) == etype, types
    assert not any(" - " in t or any(c.isdigit() for c in t) for t in types), types


def test_resolver_no_surname_from_a_name_no_person_has(extract: Any) -> None:
    """ "State" of "Secretary of State" in a later article does not join "Boise State"."""
    graph = extract(
        "The University of Ghent and Boise State have collaborated to examine the samples; "
        "Boise State said the results were clear.",
        "Secretary of State John Kerry met Sergey Lavrov in Sochi. The State Department said "
        "the talks were frank.",
        published="2015-05-20",
    )
    boise = labelled(graph, "Boise State")
    assert boise.type.value == "Organization"
    assert "State" not in boise.aliases
