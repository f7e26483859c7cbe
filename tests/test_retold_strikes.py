"""A strike told twice (kg/extract/retold_strikes.py): first with no striker, then again
with one. Real model, actors and places of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

RETOLD = [
    # "It was the ... strike by X's air force": the owner of the force; the place hit
    (
        "A cargo ship was bombed off Somalia on Monday. It was the second strike against "
        "merchant shipping by the Kenyan government's air force this year.",
        ("Kenyan government", "attacked", "Somalia"),
    ),
    # the owner of what was hit, before its place
    (
        "A Turkish tanker was shelled near Tartus on Sunday. It was the third attack on "
        "foreign vessels by the Syrian army this month.",
        ("Syrian army", "attacked", "Turkey"),
    ),
    # a sentence telling no attack in between
    (
        "A Turkish tanker was shelled near Tartus on Sunday. Officials said the tanker was "
        "carrying wheat. It was the third attack on foreign vessels by the Syrian army.",
        ("Syrian army", "attacked", "Turkey"),
    ),
    # "The strike was carried out by X", told by a source
    (
        "A market was bombed in Idlib on Friday. The strike was carried out by Russia, "
        "activists said.",
        ("Russia", "attacked", "Idlib"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), RETOLD)
def test_retold_strikes_striker_attacked_the_target(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The striker of the second telling attacked the target of the first."""
    assert triple in triples(extract(text))


NOT_RETOLD = [
    # the later sentence names no strike
    (
        "A market was bombed in Idlib by unknown jets on Friday. It was the worst day of the "
        "year for Turkey.",
        ("Turkey", "attacked", "Idlib"),
    ),
    # the first attack had an attacker of its own ("gunmen")
    (
        "Gunmen attacked a hotel in Kabul on Friday. It was the second attack by the Taliban.",
        ("Taliban", "attacked", "Kabul"),
    ),
    # another attack told in between: the retelling may be of that one
    (
        "A Turkish tanker was shelled near Tartus on Sunday. Russian jets attacked Idlib "
        "later. It was the third attack by Syria this month.",
        ("Syria", "attacked", "Turkey"),
    ),
    # a side at home: "off Yemen ... by Houthi rebels" is no attack on Yemen
    (
        "A ferry was attacked off Yemen on Monday. The attack was carried out by Houthi "
        "rebels, officials said.",
        ("Houthis", "attacked", "Yemen"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_RETOLD)
def test_retold_strikes_nothing_without_a_retelling(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """No attack is made from a sentence that tells no strike, after an attack told with
    its attacker, or on the striker's own country."""
    assert triple not in triples(extract(text))
