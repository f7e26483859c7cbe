"""Doers and objects the parse hides (kg/extract/interactions.py, kg/lexicon.py): a tool used
for a purpose, a particle parsed as a preposition, a fronted phrase. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # a light verb's noun behind its preposition: "called for the resignation of X" (a
    # reproach of X, no request of X: prec66)
    (
        "The Togolese opposition called for the resignation of President Faure Gnassingbe.",
        ("Togolese opposition", "criticized", "Faure Gnassingbe"),
    ),
    ("Sudan bowed to the demands of the African Union.", ("Sudan", "conceded_to", "African Union")),
    (
        "Iraq agreed to UN demands for weapons inspections.",
        ("Iraq", "conceded_to", "United Nations"),
    ),
    # ... and not behind a transitive verb's object: the host still meets the guest
    (
        "Kenyan President Uhuru Kenyatta hosted Ugandan President Yoweri Museveni for talks.",
        ("Uhuru Kenyatta", "met", "Yoweri Museveni"),
    ),
    # a tool used "to" do something does nothing: its user does it
    (
        "Thai police used tear gas to disperse protesters in Bangkok.",
        ("Thai police", "attacked", "protesters"),
    ),
    (
        "Thai police used water cannon to disperse the protesters.",
        ("Thai police", "attacked", "protesters"),
    ),
    # "out of" with "out" parsed as a preposition
    (
        "Ugandan troops pulled out of Congo last week.",
        ("Ugandan troops", "withdrew_from", "Congo"),
    ),
    ("Uganda pulled out of Congo.", ("Uganda", "withdrew_from", "Congo")),
]

NOT_FOUND = [
    # leaving a contract is not leaving its owner
    (
        "Mastercard warned that it could pull out of its FIFA contract.",
        ("Mastercard", "withdrew_from", "FIFA"),
    ),
    # the trained act, not the trainer; an actor object still controls the clause
    (
        "Turkey trained Syrian rebels to fight Islamic State.",
        ("Turkey", "attacked", "Islamic State"),
    ),
    # "backed out of" is no backing
    ("Britain backed out of the deal with Iran.", ("United Kingdom", "supported", "Iran")),
    # a fronted "On X" names no one asked
    (
        "On Facebook, Orban called for an end to the fighting.",
        ("Viktor Orban", "requested", "Facebook"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_hidden_doer_or_object_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The user of a tool acts; an object after a particle parsed as a preposition is found."""
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_no_false_doer_or_object(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Actor objects still control their clause; particles and fronted phrases mislead no one."""
    assert triple not in triples(extract(sentence))
