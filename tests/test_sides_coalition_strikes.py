"""A coalition in front of what struck ("coalition air strikes", "Coalition fighter jets",
"the African coalition air strikes") and a named body in front of a weapon word ("NATO drone
strikes") made the attack; an armed force that "struck against" a foe attacked it
(kg/resolve/sides.py, kg/extract/assaults.py, kg/extract/interactions.py). Sentences of our
own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (text, the attack it makes)
COALITION_STRIKES = [
    (
        "The French-led coalition has bombed Mali since January. Coalition air strikes killed"
        " al-Qaeda fighters near Gao on Monday.",
        ("French-led coalition", "attacked", "al-Qaeda"),
    ),
    (
        "The US-led coalition has bombed Syria since September. The latest coalition air raids"
        " hit the Nusra Front's camps near Idlib.",
        ("US-led coalition", "attacked", "Nusra Front"),
    ),
    (
        "The US-led coalition has bombed Syria since September. Coalition fighter jets struck"
        " against Nusra Front fighters near Idlib.",
        ("US-led coalition", "attacked", "Nusra Front"),
    ),
    (
        "The African coalition air strikes hit the airport and several bases of fighters loyal"
        " to Joseph Kony near Obo.",
        ("African coalition", "attacked", "pro-Kony fighters"),
    ),
    ("NATO drone strikes killed Taliban fighters in Helmand.", ("NATO", "attacked", "Taliban")),
]


@pytest.mark.parametrize(("text", "attack"), COALITION_STRIKES)
def test_sides_coalition_strikes_attack(
    extract: Any, text: str, attack: tuple[str, str, str]
) -> None:
    """What a coalition or a named body struck with was its attack."""
    found = triples(extract(text))
    assert attack in found, found


def test_sides_named_body_before_weapon_attacks(extract: Any) -> None:
    """ "AU air strikes": the body named before the weapon word struck."""
    found = triples(extract("AU air strikes hit al-Shabab fighters near Kismayo on Friday."))
    assert ("African Union", "attacked", "al-Shabab") in found, found


def test_sides_coalition_talks_are_no_attack(extract: Any) -> None:
    """ "coalition talks" name no attacker, and talks are no attack."""
    found = triples(
        extract(
            "The Kenyan-led coalition held talks with Somalia. Coalition talks with al-Shabab"
            " collapsed on Monday."
        )
    )
    assert not any(p == "attacked" for _, p, _ in found), found


STRIKES_AS_PROTEST = [
    "Thousands of teachers struck against the pay cuts in Lagos.",
    "The nurses' union struck against the Kenyan government last week.",
]


@pytest.mark.parametrize("sentence", STRIKES_AS_PROTEST)
def test_sides_unarmed_strike_against_is_no_attack(extract: Any, sentence: str) -> None:
    """People who are no armed force "strike against" as a walkout, not an attack."""
    found = triples(extract(sentence))
    assert not any(p == "attacked" for _, p, _ in found), found
