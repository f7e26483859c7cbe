"""Attacks told without their attacker beside them (att43).

An armed group's gains told by a verb that takes ground only in such hands: "gained control
over most of X", "expanded its territory in X" (kg/extract/taken_places.py ``fighter_verbs``).
A strike told first with no striker, then owned or disowned by one: "X claimed responsibility
for the attack", "for Friday's attack", "denied any responsibility for the attack"
(kg/extract/retold_strikes.py ``_claimed``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples


def _holds(extract: Any, text: str, expected: Any, forbidden: Any) -> None:
    """The expected triple is found and the forbidden one is not (either may be None)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


GAINS: list[Case] = [
    (
        "Al-Shabab fighters have gained control over most of southern Somalia.",
        ("al-Shabab", "attacked", "Somalia"),
        None,
    ),
    (
        "The Taliban have since expanded their territory in Afghanistan and neighbouring Pakistan.",
        ("Taliban", "attacked", "Pakistan"),
        None,
    ),
    (
        "Boko Haram fighters gained control over parts of Borno state.",
        ("Boko Haram", "attacked", "Borno"),
        None,
    ),
    # no armed group: a party's or a company's gains take no place
    (
        "The Labour Party gained control of parts of Manchester in the election.",
        None,
        ("Labour Party", "attacked", "Manchester"),
    ),
    (
        "Safaricom expanded its territory in Kenya and Uganda.",
        None,
        ("Safaricom", "attacked", "Uganda"),
    ),
    # a state's army gaining ground at home is no taking of its own province
    (
        "The Nigerian army gained ground in Borno state.",
        None,
        ("Nigerian army", "attacked", "Borno"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), GAINS)
def test_taken_places_armed_group_gains(
    extract: Any, text: str, expected: Any, forbidden: Any
) -> None:
    """An armed group gaining control of or expanding its territory in a place attacked it."""
    _holds(extract, text, expected, forbidden)


CLAIMS: list[Case] = [
    (
        "A bus was bombed in Peshawar on Monday. The Pakistani Taliban claimed responsibility "
        "for the attack.",
        ("Taliban", "attacked", "Peshawar"),
        None,
    ),
    (
        "Two mortar shells were fired at the towns of Mandera and Garissa on Friday. A group "
        "calling itself the Jabha Brigade claimed responsibility for Friday's attack.",
        ("Jabha Brigade", "attacked", "Mandera"),
        None,
    ),
    # investigating an attack is no claim of it
    (
        "A market was bombed in Maiduguri on Tuesday. Police said they were investigating the "
        "attack.",
        None,
        ("Police", "attacked", "Maiduguri"),
    ),
    # an attack with a target of its own is a new telling, not the bombing before
    (
        "A bus was bombed in Peshawar on Monday. The Taliban claimed responsibility for an "
        "attack on a school in Quetta.",
        ("Taliban", "attacked", "Quetta"),
        ("Taliban", "attacked", "Peshawar"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), CLAIMS)
def test_retold_strikes_claimed_responsibility(
    extract: Any, text: str, expected: Any, forbidden: Any
) -> None:
    """Who claims a strike told before with no striker attacked its target."""
    _holds(extract, text, expected, forbidden)


def test_retold_strikes_denied_responsibility_keeps_denial(extract: Any) -> None:
    """A strike disowned ("denied any responsibility for the attack") is told as denied."""
    graph = extract(
        "A hotel was bombed in Mogadishu on Monday. Al-Shabab denied any responsibility for "
        "the attack.",
        published="2015-06-10",
    )
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == "al-Shabab"
        and graph.entities[r.object].label == "Mogadishu"
        and r.predicate.value == "attacked"
    }
    assert statuses == {"denied"}


OWNED: list[Case] = [
    (
        "The dead included at least 40 Somali civilians who were trying to flee heavy fighting "
        "in Kismayo on Wednesday when al-Shabab fighters fired shells at their boat.",
        ("al-Shabab", "attacked", "Somali civilians"),
        None,
    ),
    # the attackers' own things are no one else's
    (
        "Kenyan soldiers said al-Shabab fighters fired shells at their own camp.",
        None,
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
    # two possible owners: none taken
    (
        "Nigerian villagers and Chadian traders fled after Boko Haram fighters fired shells at "
        "their boats.",
        None,
        ("Boko Haram", "attacked", "Nigerian villagers"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), OWNED)
def test_owned_targets_their_boat_is_its_owners(
    extract: Any, text: str, expected: Any, forbidden: Any
) -> None:
    """An attack on "their boat" attacked the one plural actor named before who owns it."""
    _holds(extract, text, expected, forbidden)
