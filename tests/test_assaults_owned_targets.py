"""What an attack hit names whom it hit: a camp, hideout, base or depot OF an armed actor
("bombed several camps of Boko Haram fighters"), also when it is one of several things hit
("struck a hospital and two depots of X"), and under an attack noun that did the hitting
("air strikes hit positions of X") (kg/extract/assaults.py, kg/extract/interactions.py).
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, the attack it makes)
OWNED_TARGETS = [
    (
        "Nigerian jets bombed several camps of Boko Haram fighters near Lake Chad.",
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Turkish artillery pounded bases of the PKK in northern Iraq.",
        ("Turkish army", "attacked", "Kurdistan Workers' Party"),
    ),
    (
        "Kenyan troops raided a hideout of al-Shabab militants near Lamu.",
        ("Kenyan troops", "attacked", "al-Shabab"),
    ),
    (
        "Chadian warplanes struck a hospital and two depots of Boko Haram near Lake Chad.",
        ("Chadian army", "attacked", "Boko Haram"),
    ),
    (
        "Israeli air strikes hit positions of Hamas in Gaza.",
        ("Israel", "attacked", "Hamas"),
    ),
    (
        "Egyptian air strikes hit a school and several camps of Hamas in Sinai.",
        ("Egypt", "attacked", "Hamas"),
    ),
]


@pytest.mark.parametrize(("sentence", "attack"), OWNED_TARGETS)
def test_assaults_owned_target_attacks(
    extract: Any, sentence: str, attack: tuple[str, str, str]
) -> None:
    """The owner of a camp, base or depot an attack hit was attacked."""
    found = triples(extract(sentence))
    assert attack in found, found


# things of no armed owner, or a thing hit beside a conjunct that is no target
NOT_ATTACKS = [
    (
        "Nigerian jets bombed a bridge and several camps near Lake Chad.",
        "Nigerian army",
    ),
    (
        "Kenyan police raided the offices of a charity and a bank in Nairobi.",
        "Kenyan police",
    ),
]


@pytest.mark.parametrize(("sentence", "attacker"), NOT_ATTACKS)
def test_assaults_unowned_targets_name_no_foe(extract: Any, sentence: str, attacker: str) -> None:
    """A camp or office of nobody named makes no attack on an actor."""
    found = triples(extract(sentence))
    assert not any(s == attacker and p == "attacked" for s, p, _ in found), found
