"""Nominals: "Burundi's capital", "the capital of Yemen" are the capital city the article
names, which lies in that country; with no such city named, or two, nothing is guessed."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    (
        "Gunmen stormed a school in Kenya's capital on Friday. Teachers in Nairobi said "
        "three pupils were hurt.",
        ("Nairobi", "located_in", "Kenya"),
    ),
    (
        "Students spent the night outside an embassy in Burundi's capital. Police in "
        "Bujumbura fired tear gas.",
        ("Bujumbura", "located_in", "Burundi"),
    ),
    (
        "Protesters marched in Sanaa on Sunday. Houthi fighters later shelled the capital of "
        "Yemen.",
        ("Houthis", "attacked", "Sanaa"),
    ),
    # the country's demonym owns the capital ("the Afghan capital"), the city named elsewhere
    (
        "Gunmen stormed a guesthouse in the Afghan capital. A reporter in Kabul said police "
        "retook it. Afghanistan has seen many attacks.",
        ("Kabul", "located_in", "Afghanistan"),
    ),
    (
        "Rockets hit the Iraqi capital on Monday. Residents of Baghdad fled, Iraq said.",
        ("Baghdad", "located_in", "Iraq"),
    ),
    (
        "Protesters marched in the Kenyan capital on Monday. Police in Nairobi fired tear "
        "gas, Kenya's government said.",
        ("Nairobi", "located_in", "Kenya"),
    ),
    # a capital in apposition with its name is still read as that name's description
    (
        "A bombing killed 20 doctors at a ceremony in Mogadishu, the Somali capital. Somalia "
        "needed doctors.",
        ("Mogadishu", "located_in", "Somalia"),
    ),
    (
        "Coalition jets hit an arms depot near the Libyan capital Tripoli, officials in Libya "
        "said.",
        ("Tripoli", "located_in", "Libya"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), CASES)
def test_nominals_country_capital_is_the_named_city(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A country's capital is the city the article names as it (capital or seat city)."""
    assert triple in triples(extract(text, published="2015-05-20"))


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Russia's capital after Putin spoke at the Kremlin.",
        "Protesters marched in Sanaa and Aden on Sunday. Fighters later shelled Yemen's capital.",
        # a demonym of no country, and a provincial capital, own no country's capital
        "Fighters marched on the Kurdish capital. Residents of Erbil fled, Iraq said.",
        "Fighters marched on the provincial capital. Residents of Ramadi fled, Iraq said.",
    ],
)
def test_nominals_country_capital_is_not_guessed(extract: Any, text: str) -> None:
    """No city, a building seat, two candidate cities, or no country's capital: unlinked."""
    graph = extract(text, published="2015-05-20")
    assert not [
        t for t in triples(graph) if t[1] == "located_in" and t[2] in ("Russia", "Yemen", "Iraq")
    ]
