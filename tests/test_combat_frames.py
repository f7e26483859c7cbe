"""Leaders by an active verb (kg/extract/led_groups.py, leading_actors), coalitions before
two hyphens (kg/extract/backers.py, "the Arab-coalition-backed government"), fighting told by a
noun in a verb's "in" phrase and the authors of attack nouns (kg/extract/combat_frames.py),
with the real model on sentences about actors other than the seed's and the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # sentence, expected triple
    ("Kenya leads the East African Community.", ("Kenya", "leader_of", "East African Community")),
    (
        "Nigeria, which is leading the African Union, sent envoys to Niamey.",
        ("Nigeria", "leader_of", "African Union"),
    ),
    (
        "Narendra Modi heads the Bharatiya Janata Party.",
        ("Narendra Modi", "leader_of", "Bharatiya Janata Party"),
    ),
    (
        "The African coalition struck Boko Haram on Monday. "
        "The African-coalition-backed Malian army retook Gao.",
        ("African coalition", "supported", "Malian army"),
    ),
    (
        "Somali troops were locked in combat with al-Shabaab fighters near Kismayo.",
        ("Somali troops", "attacked", "al-Shabab"),
    ),
    (
        "Chadian soldiers were caught in a gunfight with Boko Haram militants on Sunday.",
        ("Chadian soldiers", "attacked", "Boko Haram"),
    ),
    (
        "Mokhtar Belmokhtar was the mastermind of the attack on the French embassy in Bamako.",
        ("Mokhtar Belmokhtar", "attacked", "French embassy"),
    ),
    (
        "Ramzi Yousef, the architect of the 1993 bombing of the World Trade Center, was jailed.",
        ("Ramzi Yousef", "attacked", "World Trade Center"),
    ),
    (
        "Hafiz Saeed is the mind behind operations like the 2001 attack on the Indian parliament.",
        ("Hafiz Saeed", "attacked", "Indian parliament"),
    ),
    (
        "Noordin Top was the brain behind the assassination attempt against President Yudhoyono "
        "and the 2004 attack on the Australian embassy in Jakarta.",
        ("Noordin Top", "attacked", "Australian embassy"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_combat_frames_construction_gives_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Each construction gives the claim between the actors the sentence names."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


NOT_FOUND = [
    # sentence, a triple that must not be claimed
    ("Germany leads the European Union in exports.", ("Germany", "leader_of", "European Union")),
    (
        "John Kerry leads the US delegation to the talks in Vienna.",
        ("John Kerry", "leader_of", "United States"),
    ),
    (
        "Shinzo Abe is the architect of the reforms of the Bank of Japan.",
        ("Shinzo Abe", "attacked", "Bank of Japan"),
    ),
    (
        "The African-coalition-backed Malian army retook Gao.",
        ("African coalition", "supported", "Malian army"),
    ),
    (
        "Chinese diplomats were locked in talks with Vietnam over the islands.",
        ("Chinese diplomats", "attacked", "Vietnam"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_combat_frames_lookalike_gives_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A ranking is no office, a minister leads his country's delegation without leading the
    country, reforms are no attack, a coalition the article never names as such backs no one,
    and talks are no fighting."""
    assert triple not in triples(extract(sentence, published="2015-05-10"))
