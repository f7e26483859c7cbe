"""A match report's fights, clashes and courtesies are sport, not attacks (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

BOXING = (
    "Oduya wants Pacquiao after win in Manila\n\n"
    "Kenya's Daniel Oduya took a unanimous decision over Mexico's Luis Reyes in a "
    "middleweight matchup, winning on scores of 117-111 and 116-112.\n\n"
    "{sentence}"
)
TENNIS = (
    "Halep, Radwanska progress in Rome\n\n"
    "Fourth-seed Simona Halep reached the third-round with a 6-4, 6-2 win.\n\n"
    "{sentence}"
)
FOOTBALL = (
    "Porto hold Benfica\n\n"
    "Porto drew 1-1 with Benfica in the Champions League, their striker scoring a "
    "hat-trick in the first-leg.\n\n"
    "{sentence}"
)
# one score and no words of games: no match report
NEWS = "Parliament passes budget\n\nLawmakers approved the bill by 120-80 on Monday.\n\n{sentence}"

SPORT = [
    (
        BOXING,
        "Daniel Oduya said he wants to fight Manny Pacquiao next year.",
        ("Daniel Oduya", "attacked", "Manny Pacquiao"),
    ),
    (
        TENNIS,
        "Agnieszka Radwanska set up a clash with Serena Williams.",
        ("Agnieszka Radwanska", "attacked", "Serena Williams"),
    ),
    (
        FOOTBALL,
        "Pepe Reina said he would fight Luis Suarez for the ball.",
        ("Pepe Reina", "attacked", "Luis Suarez"),
    ),
]


@pytest.mark.parametrize(("frame", "sentence", "triple"), SPORT)
def test_interactions_match_report_is_no_attack(
    extract: Any, frame: str, sentence: str, triple: tuple[str, str, str]
) -> None:
    """In a match report "fight X", "a clash with X" make no claim; in other news they do."""
    assert triple in triples(extract(NEWS.format(sentence=sentence)))
    assert triple not in triples(extract(frame.format(sentence=sentence)))


def test_interactions_match_report_keeps_armed_attack(extract: Any) -> None:
    """An armed side's attack in a match report is still an attack."""
    text = BOXING.format(sentence="Taliban gunmen attacked Kenyan police outside the stadium.")
    assert ("Taliban", "attacked", "Kenyan police") in triples(extract(text))


def test_qualifiers_match_report_without_a_date(nlp: Any) -> None:
    """An article with no published day is still read as a match report."""
    from kg.api import build_result

    text = TENNIS.format(sentence="Agnieszka Radwanska set up a clash with Serena Williams.")
    graph = build_result(texts=[text], published=None, nlp=nlp).graph
    assert ("Agnieszka Radwanska", "attacked", "Serena Williams") not in triples(graph)
