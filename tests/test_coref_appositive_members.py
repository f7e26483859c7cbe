"""An unnamed plural subject with names in apposition ("His two colleagues X and Y were
released. They were sentenced ...") stands for those names for a "they" of the next
sentence or under it (kg/extract/actor_coref.py). Real model, people and places of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

NAMED = [
    (
        "An Egyptian court jailed three journalists. His two colleagues Ahmed Said and Omar "
        "Khalil were released on bail on February 13. They were all sentenced to between "
        "seven and 10 years in prison last year.",
        {
            ("Egyptian court", "sanctioned", "Ahmed Said"),
            ("Egyptian court", "sanctioned", "Omar Khalil"),
        },
    ),
    (
        "A Venezuelan court jailed the protest leaders. Two activists, Maria Lopez and Ana "
        "Garcia, were detained in Caracas on Monday. They were later sentenced to five years "
        "in prison.",
        {("Venezuela", "sanctioned", "Maria Lopez"), ("Venezuela", "sanctioned", "Ana Garcia")},
    ),
    (
        "Two ministers, John Smith and Peter Brown, met Chinese officials in Beijing. They "
        "criticised Japan.",
        {("John Smith", "criticized", "Japan"), ("Peter Brown", "criticized", "Japan")},
    ),
]

# the same subject above a "they" of its own sentence
ABOVE = [
    (
        "Two ministers, John Smith and Peter Brown, said they would visit Japan next week.",
        {("John Smith", "visited", "Japan"), ("Peter Brown", "visited", "Japan")},
    ),
    (
        "The two envoys, John Smith and Peter Brown, said they had met Iranian officials in "
        "Vienna.",
        {("Iranian officials", "met", "John Smith"), ("Iranian officials", "met", "Peter Brown")},
    ),
]

# a count the names do not fill, or a description that is no list of names: no guess
UNNAMED = [
    (
        "Three activists, Maria Lopez and Ana Garcia, were detained in Caracas. They were "
        "later sentenced to five years in prison by a court.",
        "Maria Lopez",
    ),
    (
        "The protesters, mostly students, marched on the parliament in Caracas. They "
        "criticised Nicolas Maduro.",
        "students",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_coref_appositive_members_stand_for_they(
    extract: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "They" after "two colleagues X and Y" is X and Y."""
    assert expected <= triples(extract(text))


@pytest.mark.parametrize(("text", "name"), UNNAMED)
def test_coref_appositive_members_need_a_full_list(extract: Any, text: str, name: str) -> None:
    """Three people with two names, or a description, give "they" no named antecedent."""
    assert not any(name in (s, o) for s, _, o in triples(extract(text)))


@pytest.mark.parametrize(("text", "expected"), ABOVE)
def test_coref_appositive_members_above_they(
    extract: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """ "Two ministers, X and Y, said they ..." : they are X and Y."""
    assert expected <= triples(extract(text))
