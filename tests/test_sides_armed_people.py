"""Actors on untuned news: armed people tied to a named armed group are a collective of
their own (kg/resolve/sides.py), and an acronym the model typed as a person takes no person
pronoun (kg/extract/coref.py). Real model, actors of our own."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kg.extract.coref import _person
from kg.model import EntityType
from tests.conftest import triples

LINKED = [
    # "<group>-linked <noun>": the fighters, not the group, are attacked
    (
        "Somali troops killed 12 Boko Haram-linked fighters near Kismayo on Tuesday.",
        ("Somali troops", "attacked", "Boko Haram-linked fighters"),
        ("Somali troops", "attacked", "Boko Haram"),
    ),
    # "<noun> allied to <group>"
    (
        "Kenyan troops killed 12 fighters allied to al-Shabab near Garissa on Tuesday.",
        ("Kenyan troops", "attacked", "al-Shabab-linked fighters"),
        ("Kenyan troops", "attacked", "al-Shabab"),
    ),
    # "<noun> loyal to <group>"
    (
        "Chadian troops attacked militants loyal to Boko Haram near Baga on Monday.",
        ("Chadian troops", "attacked", "Boko Haram-linked militants"),
        ("Chadian troops", "attacked", "Boko Haram"),
    ),
    # the group's full name, with "the" inside the model's name
    (
        "Algerian troops killed 21 fighters allied to the Islamic State of Iraq and Levant (ISIL) "
        "near Boumerdes on Tuesday.",
        ("Algerian troops", "attacked", "ISIL-linked fighters"),
        ("Algerian troops", "attacked", "fighters"),
    ),
    # a group named on its own stays the group
    (
        "Nigerian troops attacked Boko Haram near Maiduguri on Monday.",
        ("Nigerian troops", "attacked", "Boko Haram"),
        ("Nigerian troops", "attacked", "Boko Haram-linked fighters"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), LINKED)
def test_sides_fighters_linked_to_group_are_their_own(
    extract: Any, text: str, present: tuple[str, str, str], absent: tuple[str, str, str]
) -> None:
    """Fighters allied to, loyal to or linked to an armed group are '<group>-linked <noun>'."""
    found = triples(extract(text))
    assert present in found
    assert absent not in found


@pytest.mark.parametrize(
    ("label", "kind", "person"),
    [
        ("SOPAL", EntityType.PERSON, False),
        ("Amina Diallo", EntityType.PERSON, True),
        ("Li", EntityType.PERSON, True),
        ("Amina Diallo", EntityType.ORGANIZATION, False),
    ],
)
def test_coref_acronym_takes_no_person_pronoun(label: str, kind: EntityType, person: bool) -> None:
    """A name in capitals only, though typed a person, is no person a pronoun stands for."""
    ctx: Any = SimpleNamespace(etype_is=lambda _label, one: kind is one)
    assert _person(ctx, label) is person


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Kenyan troops raided a camp near Garissa, the military said. Army spokesman "
            "Colonel David Obonyo said many fighters were killed.",
            "Army spokesman",
        ),
        (
            "Kenyan troops raided a camp near Garissa, the military said. Kenyan army "
            "spokesman David Obonyo said many fighters were killed.",
            "army spokesman",
        ),
    ],
)
def test_roles_sector_word_before_title_is_part_of_it(extract: Any, text: str, title: str) -> None:
    """ "Army spokesman Colonel X" speaks for the country's army with the title 'Army spokesman'."""
    graph = extract(text)
    found = {
        (
            graph.entities[r.subject].label,
            (graph.entities[r.object].country, graph.entities[r.object].sector),
            r.qualifiers.title,
        )
        for r in graph.claims
        if r.object is not None and r.predicate.value == "spokesperson_for"
    }
    assert ("David Obonyo", ("KE", "MIL"), title) in found
