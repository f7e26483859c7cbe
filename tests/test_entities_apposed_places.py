"""A name after a preposition of place, a comma and "in" a tagged place (loc56): "the ferry
sank off Jianli, in Hubei province", "crashed near Wamena, in Papua province": the name the
model took for a person is a place's, in the place after "in" (``apposed_place_preps``,
kg/resolve/entities.py ``_place_apposition``; a compass word may come before the place: "off
Zuwara, in western Libya"). A person after another preposition, or whom a verb takes, stays
one. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

FOUND = [
    ("The ferry sank off Jianli, in Hubei province.", ("Jianli", "Hubei province")),
    ("The plane crashed near Wamena, in Papua province.", ("Wamena", "Papua province")),
    ("The vessel capsized off Zuwara, in western Libya.", ("Zuwara", "Libya")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_entities_apposed_places_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The name is a place, in the place after its comma's "in"."""
    assert pair in pairs(extract(text), "located_in")


# (text, a person's name that must stay a person's and lie nowhere)
NOT_FOUND = [
    ("The prize went to Hassan, in Cairo.", "Hassan"),
    ("The minister stood near Angela Merkel, in Berlin, during the speech.", "Angela Merkel"),
    ("Police questioned Imran Khan, in Peshawar, on Monday.", "Imran Khan"),
    ("The letter was written by Ahmed Saleh, in Sanaa.", "Ahmed Saleh"),
]


@pytest.mark.parametrize(("text", "person"), NOT_FOUND)
def test_entities_apposed_places_not_found(extract: Any, text: str, person: str) -> None:
    """A person after "to" or "by", or a full name near a place, is no place."""
    graph = extract(text)
    assert not {p for p in pairs(graph, "located_in") if p[0] == person}
    assert node_types(graph).get(person) in (None, "Person")
