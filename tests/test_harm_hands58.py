"""Harm done "at the hands of" an actor (kg/extract/harm_hands.py) and places aimed at by an
armed doer ("targeted", ``armed_target_verbs``: kg/extract/interactions.py): attacked claims
from phrases with no attack verb of the doer's own, or an object that is no actor."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a verb of undergoing with a harm noun; the phrase on the verb or on the noun
    (
        "Muammar Gaddafi met his death at the hands of Libyan rebels in 2011.",
        ("Libyan rebels", "attacked", "Muammar Gaddafi"),
    ),
    (
        "Many Uighur activists have suffered torture at the hands of Chinese police.",
        ("Chinese police", "attacked", "Uighur activists"),
    ),
    (
        "Rohingya Muslims have faced persecution at the hands of the Myanmar army.",
        ("Myanmar army", "attacked", "Rohingya Muslims"),
    ),
    # a harm noun with its own victim
    (
        "Anger grew after the killing of Fred Hampton at the hands of Chicago police.",
        ("police", "attacked", "Fred Hampton"),
    ),
    (
        "Amadou Diallo's death at the hands of New York police officers sparked protests.",
        ("police officers", "attacked", "Amadou Diallo"),
    ),
    # a passive harm verb, a verb of dying
    (
        "Benazir Bhutto was killed at the hands of Pakistani Taliban militants in 2007.",
        ("Taliban", "attacked", "Benazir Bhutto"),
    ),
    (
        "Rohingya Muslims died at the hands of Buddhist mobs.",
        ("Buddhist mobs", "attacked", "Rohingya Muslims"),
    ),
    # an armed doer aims at a place or a site, in the active or the passive
    (
        "Saudi warplanes targeted Sanaa airport overnight.",
        ("Saudi army", "attacked", "Sanaa airport"),
    ),
    (
        "Taliban fighters targeted Kunduz airport on Monday.",
        ("Taliban", "attacked", "Kunduz airport"),
    ),
    (
        "Kandahar was targeted by Taliban fighters on Saturday.",
        ("Taliban", "attacked", "Kandahar"),
    ),
    ("Kurdish fighters assaulted Kobani on Monday.", ("Kurdish fighters", "attacked", "Kobani")),
    (
        "Kobani was targeted by rockets fired by Syrian government forces.",
        ("Syrian government forces", "attacked", "Kobani"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_harm_hands_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Harm suffered at someone's hands, or a place an armed doer targets, is attacked."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a defeat or a loss is no harm
    "Arsenal suffered a heavy defeat at the hands of Chelsea.",
    "The Labour Party suffered a heavy loss at the hands of the Conservatives.",
    # no harm word under the phrase
    "Nelson Mandela received an award at the hands of Queen Elizabeth.",
    "Arsenal's defeat at the hands of Chelsea shocked fans.",
    # a place aimed at by doers that are not armed
    "Tourists targeted Venice this summer.",
    "Barack Obama targeted Ohio in the final week of the campaign.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_harm_hands_no_claim(extract: Any, text: str) -> None:
    """No harm noun or verb, or a doer that is no armed force: no attacked claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
