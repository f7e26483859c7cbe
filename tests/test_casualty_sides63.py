"""A fight's dead from two sides name its sides (kg/extract/combat_frames.py
``_casualty_sides``): "the fighting killed X and Y", "clashes left X and Y dead", "X and Y were
killed in the battle", "killed 15 people, including X and Y" -> X attacked Y. The examples of
a count take its role (kg/resolve/people.py ``event_role``): "killed 30 people, including
herdsmen" makes the herdsmen a group."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # the fight noun the subject of a harm verb
    (
        "Heavy fighting in Kunduz killed 12 Afghan soldiers and 30 Taliban fighters on Monday.",
        ("Afghan soldiers", "attacked", "Taliban"),
    ),
    # ... of "left ... dead"
    (
        "The clashes left five Kurdish fighters and eleven al-Nusra militants dead.",
        ("Kurdish fighters", "attacked", "Nusra Front"),
    ),
    # the fight noun the frame of a passive harm verb
    (
        "Two Somali soldiers and six al-Shabab fighters were killed in the battle near Kismayo.",
        ("Somali soldiers", "attacked", "al-Shabab"),
    ),
    # the sides among the dead a count includes
    (
        "The gun battle killed 15 people, including four Colombian soldiers and nine FARC rebels.",
        ("Colombian soldiers", "attacked", "FARC"),
    ),
    (
        "The clashes killed 20 people, including al-Shabab fighters and herdsmen.",
        ("al-Shabab", "attacked", "herdsmen"),
    ),
    # a count's examples are its victims
    (
        "Boko Haram gunmen killed 30 people, including herdsmen, in Borno state.",
        ("Boko Haram", "attacked", "herdsmen"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_casualty_sides_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The dead of a fight from two sides: the first side named attacked the second."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # one side and bystanders
    (
        "Heavy fighting in Kunduz killed 12 Afghan soldiers and 30 civilians on Monday.",
        ("Afghan soldiers", "attacked", "civilians"),
    ),
    # two forces of the state are one side's dead
    (
        "The clashes left five Nigerian soldiers and two Nigerian policemen dead.",
        ("Nigerian soldiers", "attacked", "Nigerian policemen"),
    ),
    # an attack is no fight: its dead are its victims, not its sides
    (
        "The bombing killed 12 Afghan soldiers and 30 Taliban fighters.",
        ("Afghan soldiers", "attacked", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NO_CLAIM)
def test_casualty_sides_no_claim(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Bystanders, one state's forces, or the dead of an attack are no sides of a fight."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
