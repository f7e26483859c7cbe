"""A capital that owns a stance or a reaction ("Nairobi's refusal", "Hanoi's disregard for the
ruling"), or after "from" on an owned noun ("a sharp reaction from Rabat"), stands for its
country: one node with the country, not a second node for the city (``metonym_owned`` in
sector_nouns.json; kg/resolve/entities.py ``_owns_act``). A capital "from" which a flight or a
move of people goes, or whose streets are named, stays the city."""

from __future__ import annotations

from typing import Any

import pytest


def _node_of(graph: Any, written: str) -> str | None:
    """The label of the node a name written in the text was resolved to."""
    for entity_id, mentions in graph.mentions.items():
        if any(m.text == written for m in mentions):
            return str(graph.entities[entity_id].label)
    return None


COUNTRY = [
    (
        "Kenya said on Monday it would not hand over the suspect. Rights groups condemned "
        "Nairobi's refusal to extradite him.",
        "Nairobi",
        "Kenya",
    ),
    (
        "Vietnam held talks with the court. Hanoi's disregard for the ruling worried lawyers.",
        "Hanoi",
        "Vietnam",
    ),
    (
        "The arrests in Morocco drew a sharp reaction from Rabat on Tuesday.",
        "Rabat",
        "Morocco",
    ),
    (
        "Peru's plan to tax miners met strong criticism from Lima on Friday.",
        "Lima",
        "Peru",
    ),
    (
        "Ecuador wants a new deal with the oil firms. Quito's insistence on talks annoyed them.",
        "Quito",
        "Ecuador",
    ),
]


@pytest.mark.parametrize(("text", "written", "country"), COUNTRY)
def test_capital_stance_is_its_country(extract: Any, text: str, written: str, country: str) -> None:
    """The capital's owned stance, or one that comes from it, makes it its country's node."""
    assert _node_of(extract(text, published="2015-05-15"), written) == country


CITY = [
    # a flight from the capital: a place
    ("Dozens of passengers on a flight from Nairobi were stranded in Kenya.", "Nairobi"),
    # the capital's streets: a place
    ("Hanoi's streets were quiet on Sunday as Vietnam marked a holiday.", "Hanoi"),
    # a move of people out of the capital: a place ("move" is an owned noun, "from" not its own)
    ("Their move from Lima to Cusco took two days, officials in Peru said.", "Lima"),
]


@pytest.mark.parametrize(("text", "written"), CITY)
def test_capital_as_place_stays_the_city(extract: Any, text: str, written: str) -> None:
    """A capital a flight leaves, or whose streets are named, keeps its own node."""
    assert _node_of(extract(text, published="2015-05-15"), written) == written
