"""Described organisations (kg/extract/coref.py link_described_orgs): "the London-based
advocacy group" -> the one named organisation just before. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

DESCRIBED = [
    # a place-based group after a named organisation
    (
        "Greenpeace urged Brazil on Monday to protect the forest. The Amsterdam-based group "
        "has accused Brazil of failing indigenous people.",
        ("Greenpeace", "criticized", "Brazil"),
    ),
    # a backer in the modifiers is no place of the group's
    (
        "The Taliban attacked Kabul on Monday. The Pakistan-backed movement has accused "
        "Afghanistan of killing civilians.",
        ("Taliban", "criticized", "Afghanistan"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBED)
def test_coref_described_org_is_the_one_named(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The Amsterdam-based group accused X": the organisation just named accused X."""
    assert expected in triples(extract(text))


COMPETING = [
    # two organisations just named: which one is "the rights group" is not known
    "Greenpeace and Oxfam met in Nairobi on Monday. The campaign group later criticized Kenya.",
    # a word for another one: "the ruling party" is not the party just named
    "Greenpeace urged Kenya on Monday to protect the forest. The ruling party later "
    "criticized Kenya.",
    # named only as the one told: not the topic carried on
    "A Kenyan minister told Greenpeace on Monday that the forest was safe. The Amsterdam-based "
    "group later criticized Kenya.",
]


@pytest.mark.parametrize("text", COMPETING)
def test_coref_described_org_needs_one_candidate(extract: Any, text: str) -> None:
    """Two named organisations compete: the described one stays unresolved."""
    subjects = {s for s, p, o in triples(extract(text)) if p == "criticized" and o == "Kenya"}
    assert not subjects & {"Greenpeace", "Oxfam"}


COLLECTIVE_THEY = [
    # a named organisation, subject of the sentence before, takes "they"
    (
        "Greenpeace, founded in 1971, has described the ruling as a disgrace. They have "
        "accused Brazil of ignoring the law.",
        ("Greenpeace", "criticized", "Brazil"),
        True,
    ),
    # an organisation with a person: "they" is both, not the organisation alone
    (
        "Greenpeace and Lula met in Brasilia. They have accused Argentina of ignoring the law.",
        ("Luiz Inacio Lula da Silva", "criticized", "Argentina"),
        True,
    ),
    # a plural noun subject in that sentence is the likelier "they"
    (
        "Greenpeace said the fishermen were angry. They have accused Chile of ignoring the law.",
        ("Greenpeace", "criticized", "Chile"),
        False,
    ),
]


@pytest.mark.parametrize(("text", "triple", "found"), COLLECTIVE_THEY)
def test_coref_they_for_an_organisation_subject(
    extract: Any, text: str, triple: tuple[str, str, str], found: bool
) -> None:
    """ "Greenpeace has described ... . They have accused X": the organisation accused X."""
    assert (triple in triples(extract(text))) is found
