"""An attack noun's clause of aim (gen65): "an attack targeting a convoy of X", "the bombing
that hit a convoy of X" name what the attack hit, and a convoy stands for the troops it
carries, as after "on". Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # a participle of aim on the attack noun, its object a convoy of a named force
    (
        "The PKK carried out an attack targeting a convoy of Turkish soldiers near Hakkari.",
        ("Kurdistan Workers' Party", "attacked", "Turkish soldiers"),
    ),
    # a relative clause of aim
    (
        "Al-Shabab claimed the bombing that hit a convoy of African Union troops in Mogadishu.",
        ("al-Shabab", "attacked", "African Union"),
    ),
    (
        "The Taliban claimed an attack that targeted a convoy of NATO troops near Kabul.",
        ("Taliban", "attacked", "NATO"),
    ),
]

NOT_FOUND = [
    # a clause that denies the aim
    (
        "The Taliban denied an attack that did not target a convoy of NATO troops.",
        ("Taliban", "attacked", "NATO"),
    ),
    # the dead of an attack are no target it aimed at
    (
        "Boko Haram carried out an attack killing soldiers of the Nigerian army near Baga.",
        ("Boko Haram", "attacked", "Nigerian army"),
    ),
    # a clause with its own subject is somebody's report, not the attack's aim
    (
        "The Taliban claimed an attack the army said hit a convoy of NATO troops.",
        ("Taliban", "attacked", "NATO"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_aim_clause_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """What an attack's targeting or hitting clause names (or its convoy carries) was hit."""
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_aim_clause_not_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A denied aim, the dead of an attack, and a reported hit name no target of the clause."""
    assert triple not in triples(extract(sentence))
