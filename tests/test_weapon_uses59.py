"""Weapons used against someone: by the verb ("used chemical weapons against civilians": the
rows of a weapon under the light verb "use" in tools/lexicon/seeds/assault.txt) and by the noun
("X's use of barrel bombs against Y": kg/extract/weapon_uses.py, cues.json ``weapon_uses``).
The user attacked the target; a thing that is no weapon, or a use with no user, attacks no one,
and whoever condemns a use does not use it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # the verb
    (
        "The Syrian army used chemical weapons against civilians in Ghouta.",
        ("Syrian army", "attacked", "civilians"),
    ),
    (
        "Boko Haram has used suicide bombers against Nigerian troops.",
        ("Boko Haram", "attacked", "Nigerian troops"),
    ),
    (
        "Al-Shabab has routinely used car bombs against Somali forces.",
        ("al-Shabab", "attacked", "Somali forces"),
    ),
    (
        "Bahraini police used birdshot against protesters in Manama.",
        ("Bahraini police", "attacked", "protesters"),
    ),
    ("Israel used airpower against Hamas in Gaza.", ("Israel", "attacked", "Hamas")),
    # the noun, with its owner
    (
        "Amnesty condemned Russia's use of cluster bombs against Ukrainian civilians.",
        ("Russia", "attacked", "Ukrainian civilians"),
    ),
    (
        "Amnesty condemned the Egyptian police's use of force against protesters.",
        ("Egyptian police", "attacked", "protesters"),
    ),
    (
        "Human Rights Watch criticised Kenya's use of excessive force against protesters.",
        ("Kenya", "attacked", "protesters"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_weapon_uses_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Who uses a weapon against someone attacked them."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_weapon_uses_user_is_not_the_critic(extract: Any) -> None:
    """The critic of a use criticises the user and attacks no one."""
    found = triples(
        extract(
            "Amnesty condemned Russia's use of cluster bombs against Ukrainian civilians.",
            published="2015-05-15",
        )
    )
    assert ("Amnesty", "criticized", "Russia") in found, found
    assert not {t for t in found if t[0] == "Amnesty" and t[1] == "attacked"}, found


NO_CLAIM = [
    # no user named: whoever denounces the use does not use it
    "Amnesty denounced the use of violence against civilians.",
    "The UN condemned the use of force against protesters.",
    # no weapon
    "Critics questioned the company's use of software against fraud.",
    "The company used new software against fraud.",
    "Zimbabwe used spinners against Pakistan in the second test.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_weapon_uses_no_claim(extract: Any, text: str) -> None:
    """No weapon, or no one who uses it: no attacked claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
