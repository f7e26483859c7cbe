"""Attacks and seizures told outside a plain verb and object (issue 12, gen44).

1. An attack noun placed "in" coordinated places hit each of them ("carried out attacks in
   Kenya and Uganda"; kg/extract/interactions.py ``_kept_objects``), not a next clause's
   subject the parser coordinated with the place ("an attack in Kabul and Pakistan
   condemned it").
2. Territory taken in a coordinated object ("seized the headlines as well as large parts of
   X") and a demonym's territory ("large parts of Syrian territory") is taken from the place
   (kg/extract/taken_places.py ``_territory_taken``).
3. A town that "fell to" a taker the phrase describes ("a rebel alliance", not a bare
   "fighters") was taken by it (kg/extract/assaults.py ``_fell_to``).
4. "X, whose bombings have killed Y": the attack's owner is its doer, as "whose fighters"
   (kg/extract/interactions.py ``_whose_forces``).
5. "lost the town of X to Y": Y, a country or an armed actor, took X (kg/extract/assaults.py
   ``_lost_to``; ``lose_verbs`` in kg/data/en/killings.json).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram has launched attacks in Niger, Chad and Cameroon.",
            {("Boko Haram", "Niger"), ("Boko Haram", "Chad"), ("Boko Haram", "Cameroon")},
        ),
        (
            "The Taliban carried out attacks in Afghanistan and Pakistan.",
            {("Taliban", "Afghanistan"), ("Taliban", "Pakistan")},
        ),
    ],
)
def test_gen44_attacks_in_each_place(extract: Any, text: str, expected: set[Any]) -> None:
    """ "attacks in A and B": each place was attacked, not only the first."""
    assert expected <= pairs(extract(text, published="2015-06-10"), "attacked")


def test_gen44_next_clause_subject_is_no_place_hit(extract: Any) -> None:
    """The country that condemned the attack is no second place of it."""
    found = pairs(
        extract("The Taliban carried out an attack in Kabul and Pakistan condemned it."),
        "attacked",
    )
    assert ("Taliban", "Kabul") in found
    assert ("Taliban", "Pakistan") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram has seized the headlines as well as large parts of Nigerian territory.",
            ("Boko Haram", "Nigeria"),
        ),
        ("The Taliban seized weapons and large areas of Helmand.", ("Taliban", "Helmand")),
    ],
)
def test_gen44_territory_in_coordinated_object(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """Territory taken beside another object, or named by its country's demonym."""
    assert expected in pairs(extract(text, published="2015-06-10"), "attacked")


def test_gen44_seized_goods_take_no_territory(extract: Any) -> None:
    """Weapons and cash seized are no territory: no attack."""
    graph = extract("Nigerian police seized weapons and large amounts of cash in Lagos.")
    assert not pairs(graph, "attacked")


def test_gen44_fell_to_described_taker(extract: Any) -> None:
    """ "fallen to a rebel alliance": the alliance took the city."""
    graph = extract("Much of Ramadi has only recently fallen to a rebel alliance.")
    assert ("rebel alliance", "Ramadi") in pairs(graph, "attacked")


@pytest.mark.parametrize(
    "text",
    [
        "Ramadi fell to fighters on Sunday.",  # whose fighters: a guess
        "The price of oil fell to a record low in Ramadi.",
    ],
)
def test_gen44_fell_to_nobody_named(extract: Any, text: str) -> None:
    """A bare "fighters" or a falling price names no taker."""
    assert not pairs(extract(text), "attacked")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram, whose bombings have killed hundreds of Nigerian soldiers, is feared.",
            ("Boko Haram", "Nigerian soldiers"),
        ),
        (
            "The Saudi-led coalition, whose air strikes have killed hundreds of Houthi "
            "fighters, denied it.",
            ("Saudi-led coalition", "Houthis"),
        ),
    ],
)
def test_gen44_whose_attacks(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "X, whose bombings killed Y": X attacked Y."""
    assert expected in pairs(extract(text, published="2015-06-10"), "attacked")


@pytest.mark.parametrize(
    "text",
    [
        "Boko Haram, whose offensive stalled in March, is weak.",
        "Boko Haram, whose leaders met Nigerian officials, is weak.",
    ],
)
def test_gen44_whose_without_victim(extract: Any, text: str) -> None:
    """An offensive that stalled, or leaders who met, attacked nobody."""
    assert not pairs(extract(text), "attacked")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Afghan army lost the town of Musa Qala to Taliban fighters.",
            ("Taliban", "Musa Qala"),
        ),
        ("Ukraine lost Crimea to Russia in 2014.", ("Russia", "Crimea")),
    ],
)
def test_gen44_place_lost_to(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "lost the town of X to Y": Y took X."""
    assert expected in pairs(extract(text, published="2015-06-10"), "attacked")


@pytest.mark.parametrize(
    "text",
    [
        "Labour lost Glasgow to the SNP.",  # an election: no fighter
        "The US lost the bid for the 2022 World Cup to Qatar.",  # no place
        "The Cavaliers lost Kyrie Irving to a knee injury.",
    ],
)
def test_gen44_lost_to_no_taking(extract: Any, text: str) -> None:
    """A seat, a bid or a player lost is no place taken."""
    assert not pairs(extract(text), "attacked")
