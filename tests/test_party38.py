"""A person's party named in apposition, whatever its words (party38).

"X's party, the LDPR,", "X formed his own party, Toscana,": a name in apposition to a bare
party word a person owns is the party he leads (kg/extract/roles.py ``_party_leader``), even
when the name holds no party word, the gazetteer does not know it and no political modifier
stands before it: the apposition itself says it is a party. The model may have read the
name as a place's; the apposition makes it the party all the same. A party named on its own
("the LDPR won 39 seats") gets no leader.
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Zhirinovsky's party, the LDPR, won 39 seats.",
            ("Vladimir Zhirinovsky", "LDPR"),
        ),
        ("Geert Wilders's party, the PVV, lost four seats.", ("Geert Wilders", "PVV")),
        # a name the model reads as a place's is the party all the same
        (
            "Businessman Gianluca Rossi formed his own party, Toscana, in 2010.",
            ("Gianluca Rossi", "Toscana"),
        ),
    ],
)
def test_party_in_apposition_is_led(extract: Any, text: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(extract(text), "leader_of")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # no party word owned by the person: no leader
        ("Geert Wilders criticised the PVV, which lost four seats.", "Geert Wilders"),
        ("Gianluca Rossi visited Toscana in 2010.", "Gianluca Rossi"),
    ],
)
def test_no_owned_party_no_leader(extract: Any, text: str, person: str) -> None:
    assert not {p for p in pairs(extract(text), "leader_of") if p[0] == person}
