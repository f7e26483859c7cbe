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
    (
        "In 1921, the rebel leader Omar Haddad was murdered on the orders of General Karim Nasser.",
        ("Karim Nasser", "attacked", "Omar Haddad"),
    ),
    (
        "The journalist Sara Lind was killed on Viktor Orlov's orders, prosecutors said.",
        ("Viktor Orlov", "attacked", "Sara Lind"),
    ),
    (
        "Olof Palme was shot dead in 1986 on a street in central Stockholm by Stig Engstrom, "
        "prosecutors said.",
        ("Stig Engstrom", "attacked", "Olof Palme"),
    ),
    (
        "Police said after the murder of Anna Lindh that Mijailo Mijailovic was the killer.",
        ("Mijailo Mijailovic", "attacked", "Anna Lindh"),
    ),
    (
        "Belli's clients have included Jack Ruby, who killed Lee Harvey Oswald, and Jim and "
        "Tammy Bakker.",
        ("Jack Ruby", "attacked", "Lee Harvey Oswald"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), KILLS)
def test_killings_finds_the_killer(extract: Any, sentence: str, expected: Any) -> None:
    """A killer named by a title, a legal finding, "by" or a weapon attacked the victim."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


@pytest.mark.parametrize(
    ("sentence", "victim"),
    [
        ("Gavrilo Princip, assassin of Ferdinand, died in prison in 1918.", "Ferdinand"),
        ("Prosecutors said after the murder of Palme that Stig Engstrom was the killer.", "Palme"),
    ],
)
def test_killings_victim_is_a_person(extract: Any, sentence: str, victim: str) -> None:
    """A one-word victim the model took for a town is a person, and the killing names it."""
    graph = extract(sentence)
    kinds = {e.label: e.type.value for e in graph.entities.values()}
    assert kinds.get(victim) == "Person", kinds
    assert any(o == victim for _, p, o in triples(graph) if p == "attacked"), triples(graph)


def test_killings_names_joined_after_a_relative_clause_are_not_its_subject(extract: Any) -> None:
    """ "Jack Ruby, who killed X, and Jim and Tammy Bakker": only Ruby killed X."""
    graph = extract(
        "Belli's clients have included Jack Ruby, who killed Lee Harvey Oswald, and Jim and "
        "Tammy Bakker."
    )
    killers = {s for s, p, o in triples(graph) if p == "attacked"}
    assert killers == {"Jack Ruby"}, triples(graph)


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
        "Omar Haddad was arrested on the orders of Karim Nasser.",
        "The murder of Anna Lindh and the death of Olof Kerr shocked Sweden; Mijailo Mijailovic "
        "was the killer.",
        "Omar Haddad was killed on the road to the border of Karim Nasser's farm.",
    ],
)
def test_killings_no_killer_without_a_tie(extract: Any, sentence: str) -> None:
    """A killing noun near a name, or a conviction for something else, names no killer."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "attacked"], triples(graph)
