"""An attack noun whose weapon word carries a country or armed force in front ("US drone
strikes", "Israeli tank fire", "French Mirage attacks") names that actor as the attacker
(kg/extract/assaults.py). Sentences of our own about actors that are neither the seed's nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, the attack it makes)
WEAPON_OWNERS = [
    (
        "US drone strikes killed four al-Qaeda fighters in Pakistan.",
        ("United States", "attacked", "al-Qaeda"),
    ),
    (
        "Recent French Mirage attacks have killed at least six senior Taliban commanders.",
        ("France", "attacked", "Taliban"),
    ),
    ("Israeli tank fire killed two Hamas gunmen near Rafah.", ("Israel", "attacked", "Hamas")),
    (
        "Nigerian helicopter attacks killed dozens of Boko Haram fighters.",
        ("Nigeria", "attacked", "Boko Haram"),
    ),
    # an armed group before an unnamed noun stays the doer (only a country may be a place)
    (
        "Taliban suicide attacks killed 12 Afghan soldiers.",
        ("Taliban", "attacked", "Afghan soldiers"),
    ),
]


@pytest.mark.parametrize(("sentence", "attack"), WEAPON_OWNERS)
def test_assaults_weapon_owner_attacks(
    extract: Any, sentence: str, attack: tuple[str, str, str]
) -> None:
    """A country in front of the weapon word of an attack noun did the attack."""
    found = triples(extract(sentence))
    assert attack in found, found


# a country before the thing hit is where the attack was, not who made it
PLACE_IN_FRONT = [
    "The Kenya mall attack killed 67 Kenyan soldiers.",
    "The Nigeria market bombing killed dozens of Nigerian policemen.",
]


@pytest.mark.parametrize("sentence", PLACE_IN_FRONT)
def test_assaults_place_before_target_noun_is_no_attacker(extract: Any, sentence: str) -> None:
    """ "the Kenya mall attack": a country before a non-weapon word is where, not who."""
    found = triples(extract(sentence))
    assert not any(p == "attacked" and s in ("Kenya", "Nigeria") for s, p, _ in found), found
