"""Who a protest or a harm is aimed at when it is the object of someone else's act (fp66).
A protest that a verb of force or coercion acts on ("fired tear gas at a protest against X",
"arrested dozens at a rally against Y") is the protesters' stance, not the force's
(interactions ``_quelled``); a stance on a harm ("protested the attacks against Z's
nationals") is aimed at the harm's unnamed doer, never at its victims (``_harm_noun``).
Sentences of our own, about other actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # the protest is still its protesters' stance ...
    (
        "Police fired tear gas at a protest against the government in Nairobi.",
        ("protesters", "criticized", "Kenya"),
    ),
    (
        "Police arrested dozens of people at a protest against the government in Luanda.",
        ("protesters", "criticized", "Angolan government"),
    ),
    # ... and who joins one takes part in it
    (
        "Thousands of students joined a protest against the government in Caracas.",
        ("students", "criticized", "Venezuelan government"),
    ),
    # a stance on a harm, or on an actor, stays
    ("Russia protested against NATO.", ("Russia", "criticized", "NATO")),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # the force acting on a protest does not protest
    (
        "Police fired tear gas at a protest against the government in Nairobi.",
        ("Police", "criticized", "Kenya"),
    ),
    (
        "Police arrested dozens of people at a protest against the government in Luanda.",
        ("Police", "criticized", "Angolan government"),
    ),
    (
        "Riot police fired rubber bullets at a march against President Maduro in Caracas.",
        ("Riot", "criticized", "Nicolás Maduro"),
    ),
    # the victims of a harm are not whom its critic blames
    (
        "The Venezuelan Embassy protested the attacks against Venezuelan nationals.",
        ("Venezuelan Embassy", "criticized", "Venezuelan nationals"),
    ),
    (
        "The Philippine Embassy condemned the violence against Filipino fishermen.",
        ("Philippine Embassy", "criticized", "Filipino fishermen"),
    ),
    (
        "The Nigerian Embassy denounced the attacks against Nigerian traders.",
        ("Nigerian Embassy", "criticized", "Nigerian traders"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_harm_targets_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A protest stays its protesters'; a stance on an actor stays."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_harm_targets_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No protest by whoever acts on it; no criticism of a harm's victims."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)
