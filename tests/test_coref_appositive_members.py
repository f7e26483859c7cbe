"""An unnamed plural subject with names in apposition ("His two colleagues X and Y were
released. They were sentenced ...") stands for those names for a "they" of the next
sentence (kg/extract/actor_coref.py). Real model, people and places of our own."""

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
