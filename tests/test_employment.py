"""Employment: job nouns with employers in front or behind, conjoined titles, work verbs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

JOBS = [
    (
        "Lucia Ferraro, vice president of international sales for Fiat, said demand fell.",
        ("Lucia Ferraro", "member_of", "Fiat"),
    ),
    (
        "Spokesman Henrik Dahl of the smaller Volvo company told reporters the plant would close.",
        ("Henrik Dahl", "member_of", "Volvo"),
    ),
    (
        "Marco Bellini, who covers the Vatican for The Washington Post, broke the story.",
        ("Marco Bellini", "member_of", "Washington Post"),
    ),
    (
        "Omar Said, a lobbyist with the National Farmers Union, opposed the bill.",
        ("Omar Said", "member_of", "National Farmers Union"),
    ),
    (
        "Kofi Boateng, an economist with the Ghana Policy Institute research group, disagreed.",
        ("Kofi Boateng", "member_of", "Ghana Policy Institute"),
    ),
    (
        "Piotr Zielinski, a researcher with the Warsaw Energy Institute think tank, spoke.",
        ("Piotr Zielinski", "member_of", "Warsaw Energy Institute"),
    ),
    (
        "Kurt Weber, a senior Finance Ministry official, said the talks had failed.",
        ("Kurt Weber", "member_of", "Finance Ministry"),
    ),
    (
        "Anna Berg, a former Oxford University law professor who joined the court in 2001, "
        "dissented.",
        ("Anna Berg", "member_of", "Oxford University"),
    ),
    (
        "Lena Holm, deputy editor and columnist for The Guardian, wrote the piece.",
        ("Lena Holm", "member_of", "Guardian"),
    ),
    (
        "Ravi Patel, who is an engineer at Siemens and works at the Munich Technical Institute, "
        "spoke.",
        ("Ravi Patel", "member_of", "Siemens"),
    ),
    (
        "Ravi Patel, who is an engineer at Siemens and works at the Munich Technical Institute, "
        "spoke.",
        ("Ravi Patel", "member_of", "Munich Technical Institute"),
    ),
    (
        "Dmitri Volkov taught at Stanford University for a decade.",
        ("Dmitri Volkov", "member_of", "Stanford University"),
    ),
    (
        "Ivan Petrov, who joined the World Bank in 2001, said prices would rise.",
        ("Ivan Petrov", "member_of", "World Bank"),
    ),
    (
        "Tomas Berger, 61, was acting comptroller at the Bank of Lisbon when the fraud began.",
        ("Tomas Berger", "member_of", "Bank of Lisbon"),
    ),
    (
        "Karen Doyle, of the law firm of Baker McKenzie, declined to comment.",
        ("Karen Doyle", "member_of", "Baker McKenzie"),
    ),
    (
        "Paul Hendricks, of the FDA's office of food safety, said the tests were late.",
        ("Paul Hendricks", "member_of", "FDA"),
    ),
    (
        "Lukas Brandt, an activist in the Green Party, was arrested in Leipzig.",
        ("Lukas Brandt", "member_of", "Green Party"),
    ),
    (
        "Ingrid Halvorsen, a Liberal from Bergen who served 12 years in the Norwegian Parliament, "
        "denied the claim.",
        ("Ingrid Halvorsen", "member_of", "Norwegian Parliament"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), JOBS)
def test_employment_member_of(extract: Any, sentence: str, expected: Any) -> None:
    """A job noun or a work verb makes the person a member of the organisation it names."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kurt Weber, a senior official, criticised the Finance Ministry.",
        "Dmitri Volkov taught a course about Stanford University.",
        "Hans Berg, the OSCE Secretary General, arrived in Vienna.",
        "Anne Keller was a lawyer in Paris before the war.",
        "Karen Doyle, of the office of the mayor, declined to comment.",
        "Ivan Petrov joined Amnesty International in calling for the release.",
        "Ivan Petrov joined Angela Merkel in Berlin.",
    ],
)
def test_employment_not_without_an_employer_phrase(extract: Any, sentence: str) -> None:
    """An organisation elsewhere in the sentence, or one the person leads, is no membership."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "member_of"], triples(graph)


def test_employment_one_claim_for_a_copular_job(extract: Any) -> None:
    """ "X was an engineer at Y" gives one member_of claim, not one per rule family."""
    graph = extract("Tomas Berger was a senior engineer at Siemens when the plant opened.")
    found = [r for r in graph.claims if r.predicate.value == "member_of"]
    assert len(found) == 1, triples(graph)
