"""Places that fell to an actor, told as held by an armed one before ("villages previously
held by X fell to Y": kg/extract/assaults.py ``_fell_to``, ``holding_verbs`` of the fall
words): the taker attacked the holder."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Three villages and a town previously held by the Nusra Front fell to ISIL fighters "
        "on Tuesday.",
        ("Islamic State", "attacked", "Nusra Front"),
    ),
    # a bare infinitive under "see"
    (
        "The offensive has seen four villages previously held by the Free Syrian Army fall to "
        "ISIL fighters.",
        ("Islamic State", "attacked", "Free Syrian Army"),
    ),
    (
        "Two towns controlled by the Syrian army fell to Nusra Front fighters on Thursday.",
        ("Nusra Front", "attacked", "Syrian army"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_fallen_holders_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The one a place held by an armed actor fell to attacked the holder."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a holder that is no armed actor
    "The villages, held by Kurdish families for centuries, fell to ISIL in June.",
    # no taker: a fall of another sense
    "Three villages previously held by the Free Syrian Army fell silent on Tuesday.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_fallen_holders_no_claim(extract: Any, text: str) -> None:
    """A holder that does not fight, or a place that fell to no one: no holder attacked."""
    found = triples(extract(text, published="2015-05-15"))
    held = {
        t
        for t in found
        if t[1] == "attacked" and (t[2] == "Free Syrian Army" or "famil" in t[2].lower())
    }
    assert not held, found
