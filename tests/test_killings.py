"""Killings: killer titles, legal findings, agents of killing nouns and weapons that kill."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

KILLS = [
    (
        "The doctor later treated Garfield's assassin, Charles Guiteau, in prison.",
        ("Charles Guiteau", "attacked", "Garfield"),
    ),
    (
        "Police questioned Indira Gandhi assassin Satwant Singh in 1984.",
        ("Satwant Singh", "attacked", "Indira Gandhi"),
    ),
    (
        "Olof Palme's killer Stig Engstrom was named by prosecutors in 2020.",
        ("Stig Engstrom", "attacked", "Olof Palme"),
    ),
    (
        "The court freed Nathuram Godse's brother, while Gopal Godse, convicted of murdering "
        "Mahatma Gandhi, stayed in jail.",
        ("Gopal Godse", "attacked", "Mahatma Gandhi"),
    ),
    (
        "Investigators concluded that Jonas Berg fired the shots that wounded and killed "
        "Pietro Rossi.",
        ("Jonas Berg", "attacked", "Pietro Rossi"),
    ),
    (
        "Yigal Amir was convicted of the murder of Yitzhak Rabin in 1996.",
        ("Yigal Amir", "attacked", "Yitzhak Rabin"),
    ),
    (
        "The assassination of Benazir Bhutto by Bilal Ahmed shocked Pakistan.",
        ("Bilal Ahmed", "attacked", "Benazir Bhutto"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KILLS)
def test_killings_finds_the_killer(extract: Any, sentence: str, expected: Any) -> None:
    """A killer named by a title, a legal finding, "by" or a weapon attacked the victim."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


def test_killings_an_accusation_is_not_a_killing_that_happened(extract: Any) -> None:
    """ "suspected of the assassination of X" is hypothetical, never occurred."""
    graph = extract("Police arrested Ali Hassan, suspected of the assassination of Omar Khalil.")
    found = [r for r in graph.claims if r.predicate.value == "attacked"]
    assert found, triples(graph)
    assert {r.qualifiers.status.value for r in found} == {"hypothetical"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The assassin of nobody, Ann Lee, is a character in the novel.",
        "Sam Ortiz, convicted of fraud, met Paul Dean in prison.",
        "The assassin remained unknown, said Maria Costa.",
        "Paulo Reis praised the film in which his trained assassin (the actress Lin Wei) fails.",
    ],
)
def test_killings_no_killer_without_a_tie(extract: Any, sentence: str) -> None:
    """A killing noun near a name, or a conviction for something else, names no killer."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "attacked"], triples(graph)
