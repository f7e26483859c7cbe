"""Entity figures of ``kg eval --set realnews``: a split gold country whose nodes are the
country and its own state collectives is counted apart, as kg's design (kg/eval/realnews.py)."""

from __future__ import annotations

import pytest

from kg.eval.realnews import state_split
from kg.model import Entity
from kg.vocab import EntityType

TOGO = Entity("Q945", "Togo", EntityType.COUNTRY, iso="TG")
TOGO_GOV = Entity(
    "togolese-government",
    "Togolese government",
    EntityType.ORGANIZATION,
    country="TG",
    sector="GOV",
)
TOGO_ARMY = Entity(
    "togolese-army", "Togolese army", EntityType.ORGANIZATION, country="TG", sector="MIL"
)
BENIN_ARMY = Entity(
    "beninese-army", "Beninese army", EntityType.ORGANIZATION, country="BJ", sector="MIL"
)
LOME = Entity("lome", "Lome", EntityType.CITY)
BENIN = Entity("Q962", "Benin", EntityType.COUNTRY, iso="BJ")

CASES = [
    ((TOGO, TOGO_GOV), True),
    ((TOGO, TOGO_GOV, TOGO_ARMY), True),
    ((TOGO, BENIN_ARMY), False),  # another country's army: a wrong node, not the design
    ((TOGO, LOME), False),  # a capital kept as a city: a missed metonym
    ((TOGO, BENIN), False),
    ((TOGO_GOV, TOGO_ARMY), False),  # no country node among them
]


@pytest.mark.parametrize(("entities", "expected"), CASES)
def test_realnewsstate_split_is_by_design(entities: tuple[Entity, ...], expected: bool) -> None:
    """Only a country beside its own country + sector actors is a split by design."""
    assert state_split(list(entities)) is expected
