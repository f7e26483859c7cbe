"""Actors on untuned news: armed people tied to a named armed group are a collective of
their own (kg/resolve/sides.py), and an acronym the model typed as a person takes no person
pronoun (kg/extract/coref.py). Real model, actors of our own."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from kg.extract.coref import _person
from kg.model import EntityType


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
    ctx: Any = SimpleNamespace(etype=lambda _label: kind)
    assert _person(ctx, label) is person
