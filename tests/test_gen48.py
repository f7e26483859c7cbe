"""Places taken and attack nouns (issue 12, gen48).

1. "its move on X" is an attack on X by the owner of the move (kg/data/en/triggers.jsonl:
   "move" NOUN with "on"); a move on a date or on an issue is no attack.
2. A hold on a town made firm ("cemented its control of X", "tightened its grip on X") is a
   town taken, by a group that is no state body (``takeovers.control`` in
   kg/data/en/cues.json, kg/extract/takeovers.py ``_control_taken``).
3. An armed group that is no state body entering a named town attacked it
   (``takeovers.entering``, kg/extract/takeovers.py ``_entered``); a state's troops, UN
   inspectors or migrants entering a town did not.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Taliban's move on Kunduz displaced thousands of families.", ("Taliban", "Kunduz")),
        (
            "Boko Haram regrouped in the forest. Its move on the town of Baga displaced "
            "thousands of people.",
            ("Boko Haram", "Baga"),
        ),
        ("Al-Shabab tightened its grip on the town of Baidoa.", ("al-Shabab", "Baidoa")),
        ("The Houthis cemented their control of Aden on Friday.", ("Houthis", "Aden")),
        ("Boko Haram fighters entered the town of Baga on Sunday.", ("Boko Haram", "Baga")),
        ("Rebel fighters entered the town of Ariha on Sunday.", ("Rebel fighters", "Ariha")),
    ],
)
def test_gen48_attacked(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """The taker or mover attacked the town."""
    assert expected in pairs(extract(text, published="2015-05-20"), "attacked")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a move on a day, or on an issue, attacks no one
        ("Greece's move on Monday surprised Germany.", "Greece"),
        ("The EU's move on migrant quotas angered Hungary.", "European Union"),
        # a state's army holding a town, a ruler's grip on power
        ("The Afghan army consolidated its control of Kunduz.", "Afghan army"),
        ("The president tightened his grip on power.", "president"),
        # entering: a state's troops, inspectors, migrants
        ("Nigerian troops entered the town of Baga on Sunday.", "Nigerian troops"),
        ("The UN inspectors entered the town of Homs.", "United Nations"),
        ("Hundreds of migrants entered the town of Calais.", "migrants"),
        ("The rebels entered into talks with the government of Mali.", "rebels"),
    ],
)
def test_gen48_no_attack(extract: Any, text: str, subject: str) -> None:
    """No attack by the subject."""
    attacked = pairs(extract(text, published="2015-05-20"), "attacked")
    assert not [p for p in attacked if p[0] == subject]
    assert not attacked
