"""Support kg missed on the held-out sets (sup2).

1. Refuge given to a count of people in need: "Kenya hosts hundreds of thousands of Somali
   refugees" (the count stands for the people, as ``actors_of`` reads it), and "Jordan has
   taken in Syrian refugees" with the particle read as a preposition (kg/extract/refuge.py).
   Not a count of people in no need, nor a place taken in.
2. A leader restored with the goal written before him: "hoping to restore to power Yemen's
   President X" (the parser hangs X on a verb up the clause; kg/extract/restorations.py).
   Not "restore order", nor an object that does not follow the goal.
3. Choosing someone as one's own candidate backs them: "the party made X its presidential
   candidate", "nominated X as its candidate" (kg/extract/stances.py ``_candidacy``,
   ``candidacy`` in kg/data/en/cues.json). Not another's candidate, nor "made X angry".
4. A person's lawyer named beside the title defends him: "Salman's lawyer, Hassan Radhi",
   "X, Morsi's lawyer" (kg/extract/stances.py ``_counsel``, ``counsel_nouns``). Not a lawyer
   of a body ("a lawyer for the police") nor a state's attorney general.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses

# (text, (supporter, supported))
FOUND: list[tuple[str, tuple[str, str]]] = [
    # 1. refuge to a count of people in need
    ("Kenya hosts hundreds of thousands of Somali refugees.", ("Kenya", "Somali refugees")),
    ("Jordan has taken in thousands of Iraqi refugees.", ("Jordan", "Iraqi refugees")),
    (
        "Indonesia gave shelter to hundreds of Rohingya migrants.",
        ("Indonesia", "Rohingya migrants"),
    ),
    ("Uganda has taken in South Sudanese refugees.", ("Uganda", "South Sudanese refugees")),
    # 2. a leader restored with the goal before him
    (
        "Nigeria has led a force against the junta since June, hoping to restore to power "
        "Gambia's elected President Adama Barrow, who has fled the country.",
        ("Nigeria", "Adama Barrow"),
    ),
    (
        "The African Union sent troops, hoping to restore to power the ousted President "
        "Mohamed Bazoum.",
        ("African Union", "Mohamed Bazoum"),
    ),
    # 3. one's own candidate
    (
        "The Republican Party chose Mitt Romney as its nominee in 2012.",
        ("Republican Party", "Mitt Romney"),
    ),
    (
        "The opposition alliance picked Muhammadu Buhari as its presidential candidate.",
        ("opposition alliance", "Muhammadu Buhari"),
    ),
    (
        "The Kenyan opposition picked Raila Odinga as its presidential candidate.",
        ("Kenyan opposition", "Raila Odinga"),
    ),
    # 4. a person's lawyer
    (
        "Hosni Mubarak's lawyer, Farid el-Deeb, said they would appeal the verdict.",
        ("Farid el-Deeb", "Hosni Mubarak"),
    ),
    (
        "Khaled Ali, Alaa Abdel Fattah's lawyer, told reporters the trial was unfair.",
        ("Khaled Ali", "Alaa Abdel Fattah"),
    ),
]

# (text, the supporter that must back no one)
NOT_FOUND: list[tuple[str, str]] = [
    # a count of people in no need, a place "taken in"
    ("Kenya hosts hundreds of foreign diplomats.", "Kenya"),
    ("Jordan has taken in the sights of Petra.", "Jordan"),
    # no leader after the goal; "power" given to a country's grid
    ("Uganda hopes to restore power to the city of Gulu.", "Uganda"),
    # another's candidate; "made" with no candidate
    ("The Republican Party named Hillary Clinton as the Democrats' candidate.", "Republican Party"),
    ("The Republican Party made Mitt Romney angry.", "Republican Party"),
    # a body's lawyer, a state's attorney general
    ("A lawyer for the police, Jean Dupont, said there was not enough evidence.", "Jean Dupont"),
    ("Kenya's attorney general, Githu Muigai, ordered the arrest.", "Githu Muigai"),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_sup2_support_found(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """Refuge to counted people, a leader restored to power, one's own candidate: supported."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "supported"), pairs(graph, "supported")


@pytest.mark.parametrize(("text", "supporter"), NOT_FOUND)
def test_sup2_no_support(extract: Any, text: str, supporter: str) -> None:
    """People in no need, no leader restored, another's candidate: nobody is supported."""
    graph = extract(text, published="2015-06-10")
    assert not [p for p in pairs(graph, "supported") if p[0] == supporter]


def test_sup2_lawyer_tie_is_a_fact(extract: Any) -> None:
    """A lawyer's tie to his client is told as a fact, whatever the clause's mood."""
    graph = extract(
        "Mohamed Fahmy would live with his longtime lawyer Khaled Ali in Cairo.",
        published="2015-06-10",
    )
    assert statuses(graph, ("Khaled Ali", "supported", "Mohamed Fahmy")) == {"occurred"}
