"""A game is no visit or meeting (kg/extract/contests.py ``fixture``, ``fixtures`` of
cues.json): in a story of sport, a visit or a meeting between two sides that play (a club,
or a team the model took for a place or, one of the two, for a person) makes no claim; a
visit to a town, a country's tour, people's meetings and meetings outside sport stay."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

# (text, the claim it must not make)
GAMES = [
    (
        "The Chicago Bulls will visit the Miami Heat on Friday night in an NBA game.",
        ("Chicago Bulls", "visited", "Miami Heat"),
    ),
    (
        "Chelsea will visit Manchester City in the Premier League on Saturday.",
        ("Chelsea", "visited", "Manchester City"),
    ),
    (
        "Chelsea hosted Arsenal on Sunday in a Premier League derby.",
        ("Arsenal", "met", "Chelsea"),
    ),
    (
        "Juventus will meet Porto in the Champions League semi-final.",
        ("Juventus", "met", "Porto"),
    ),
    (
        "Liverpool welcomed Everton to Anfield for the derby.",
        ("Everton", "met", "Liverpool"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), GAMES, ids=[c[0] for _, c in GAMES])
def test_contests_fixture_is_no_visit(extract: Any, text: str, claim: Triple) -> None:
    """Two sides of a game in a story of sport: no visited, no met."""
    found = triples(extract(text))
    assert claim not in found, found
    assert not {t for t in found if t[1] in ("visited", "met")}, found


# (text, the claim it keeps)
KEPT = [
    # a side's visit to a large town
    (
        "The New York Yankees visited Boston last night for the baseball series.",
        ("New York Yankees", "visited", "Boston"),
    ),
    (
        "Bayern Munich visited Juventus in Turin in the Champions League.",
        ("Bayern Munich", "visited", "Turin"),
    ),
    # a national team's tour of a country
    (
        "The Zimbabwe cricket team will tour Pakistan next week. Zimbabwe will visit Pakistan"
        " for three matches.",
        ("Zimbabwe", "visited", "Pakistan"),
    ),
    # people meet in a story of sport
    (
        "FIFA president Sepp Blatter met Russian President Vladimir Putin in Moscow ahead of"
        " the World Cup.",
        ("Sepp Blatter", "met", "Vladimir Putin"),
    ),
    (
        "Jose Mourinho met Chelsea owner Roman Abramovich before the Premier League season.",
        ("Jose Mourinho", "met", "Roman Abramovich"),
    ),
    # two companies meet in a story with no sport
    (
        "Acme Corporation hosted Globex Industries in Chicago for talks on a merger.",
        ("Acme Corporation", "met", "Globex Industries"),
    ),
    (
        "Microsoft met Nokia in Helsinki on Monday to discuss the deal.",
        ("Microsoft", "met", "Nokia"),
    ),
]


@pytest.mark.parametrize(("text", "claim"), KEPT, ids=[c[2] for _, c in KEPT])
def test_contests_visit_kept(extract: Any, text: str, claim: Triple) -> None:
    """A visit to a town, a country's tour, people's and companies' meetings stay."""
    assert claim in triples(extract(text))
