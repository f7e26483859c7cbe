"""Who attacks beside an attack verb's subject (kg/extract/comrades.py ``comrade_acts``): "X,
along with Y, stormed Z", "X attacked Z alongside Y", "X, together with Y, attacked Z" -> Y
attacked Z too; after an object that is no place the phrase adds victims, not doers."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # the phrase on the subject (or the comma after it)
    (
        "Kurdish fighters, together with Free Syrian Army rebels, attacked Tal Abyad.",
        ("Free Syrian Army", "attacked", "Tal Abyad"),
    ),
    (
        "The Taliban, along with Haqqani network fighters, bombed Kabul airport.",
        ("Haqqani network", "attacked", "Kabul airport"),
    ),
    (
        "Ugandan troops, alongside Somali soldiers, attacked Barawe.",
        ("Somali soldiers", "attacked", "Barawe"),
    ),
    # on the verb before its object
    (
        "Ethiopian troops, along with Somali soldiers, raided al-Shabab camps.",
        ("Somali soldiers", "attacked", "al-Shabab"),
    ),
    # after a place attacked
    (
        "Iraqi troops attacked Tikrit alongside Shia militias.",
        ("Shia militias", "attacked", "Tikrit"),
    ),
    (
        "The Taliban attacked Kunduz along with the Haqqani network.",
        ("Haqqani network", "attacked", "Kunduz"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_comrade_acts_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The one the subject attacks with attacked its target too."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # after the people attacked, the phrase adds to the victims
    (
        "ISIL fighters executed 20 Syrian soldiers along with Shia militiamen.",
        ("Shia militiamen", "attacked", "Syrian soldiers"),
    ),
    # no attack: the companion does nothing to anyone
    ("Abd-Rabbu Mansour Hadi fled to Riyadh along with Yemeni ministers.", None),
]


@pytest.mark.parametrize(("text", "triple"), NO_CLAIM)
def test_comrade_acts_no_claim(
    extract: Any, text: str, triple: tuple[str, str, str] | None
) -> None:
    """A co-victim, or a companion in no attack, is no attacker."""
    found = triples(extract(text, published="2015-05-15"))
    if triple is None:
        assert not {t for t in found if t[1] == "attacked"}, found
    else:
        assert triple not in found, found
