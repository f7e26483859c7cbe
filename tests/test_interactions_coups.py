"""Event recall on unseen articles (issue 12, gen8): coups as attacks, actors named "known as"."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

COUPS = [
    (
        "The Thai army ousted Prime Minister Thaksin Shinawatra in a 2006 coup.",
        "Thai army",
        "Thaksin Shinawatra",
    ),
    (
        "The Egyptian military overthrew Mohamed Morsi in July 2013.",
        "Egyptian military",
        "Mohamed Morsi",
    ),
    (
        "General Godefroid Niyombare said he had deposed Pierre Nkurunziza in a coup.",
        "Godefroid Niyombare",
        "Pierre Nkurunziza",
    ),
]


@pytest.mark.parametrize(("text", "doer", "ruler"), COUPS)
def test_interactions_coup_is_an_attack(extract: Any, text: str, doer: str, ruler: str) -> None:
    """Ousting, overthrowing or deposing a ruler is an attack on him (ASSAULT, CAMEO 180)."""
    graph = extract(text)
    claims = claims_between(graph, doer, "attacked", ruler)
    assert [(c.qualifiers.cameo, c.qualifiers.event) for c in claims] == [("180", "ASSAULT")]


def test_interactions_party_ousting_its_chairman_is_no_attack(extract: Any) -> None:
    """A party ousting its own chairman (no named ruler) gives no attack."""
    graph = extract("The conservative party ousted its chairman on Monday.")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]


NAMED = [
    (
        "A Syrian coalition known as the Fattah Army seized the town of Ariha on Thursday.",
        "Fattah Army",
        "Ariha",
    ),
    (
        "A militia known as the Hashd al-Shaabi attacked Tikrit on Monday.",
        "Popular Mobilization Forces",
        "Tikrit",
    ),
]


@pytest.mark.parametrize(("text", "actor", "target"), NAMED)
def test_interactions_actor_known_as_name_acts(
    extract: Any, text: str, actor: str, target: str
) -> None:
    """ "a coalition known as X did Y": X is the doer (not the bare noun, not its demonym)."""
    graph = extract(text)
    assert claims_between(graph, actor, "attacked", target)
    assert not claims_between(graph, "Syria", "attacked", target)


STRIKES = [
    ("The Saudi-led coalition struck Sanaa overnight.", "Saudi-led coalition", "Sanaa"),
    ("A missile fired by the Houthis struck the Saudi city of Jizan.", "Houthis", "Jizan"),
    ("Mortar shells fired by the rebels hit Aleppo.", "rebels", "Aleppo"),
]


def test_interactions_natural_hit_on_a_place_is_no_attack(extract: Any) -> None:
    """ "The earthquake hit Nepal": no actor, no attack."""
    graph = extract("The earthquake hit Nepal on Saturday.")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]


FRONTS = [
    ("ISIL has also opened a new front in the town of Haditha.", "Islamic State", "Haditha"),
    (
        "The Saudi-led coalition opened a new front against the Houthis in Marib.",
        "Saudi-led coalition",
        "Houthis",
    ),
]


@pytest.mark.parametrize(("text", "attacker", "target"), STRIKES + FRONTS)
def test_interactions_strike_or_new_front_attacks_its_target(
    extract: Any, text: str, attacker: str, target: str
) -> None:
    """ "X struck/hit PLACE" attacks the place (a weapon "fired by X" is X's doing); "opened a
    new front in PLACE / against X" attacks the place or X."""
    graph = extract(text)
    assert claims_between(graph, attacker, "attacked", target)


def test_interactions_statement_calling_a_group_names_no_actor(extract: Any) -> None:
    """ "a statement calling Hamas a terrorist group" does not make the statement Hamas."""
    graph = extract("A statement calling Hamas a terrorist group was criticised by Qatar.")
    assert not claims_between(graph, "Qatar", "criticized", "Hamas")
