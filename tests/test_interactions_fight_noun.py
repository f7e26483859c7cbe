"""The fight noun with its "against" side (gen65): "joined the fight against al-Shabab",
"Colombia's fight against the FARC" are attacks by whoever fights, as "the battle against X"
is; a fight against a wrong ("corruption", "Ebola") names no side. Sentences of our own, real
model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # joined, led or stepped up: the subject of the light verb fights
    (
        "Uganda has joined the fight against al-Shabab.",
        ("Uganda", "attacked", "al-Shabab"),
    ),
    (
        "The Philippines has stepped up its fight against Abu Sayyaf in Mindanao.",
        ("Philippines", "attacked", "Abu Sayyaf"),
    ),
    # the owner of the fight fights
    (
        "Colombia's fight against the FARC has displaced millions.",
        ("Colombia", "attacked", "FARC"),
    ),
    # the side that gains the upper hand in it
    (
        "The Kurdish fighters gained the upper hand in the fight against Hezbollah.",
        ("Kurdish fighters", "attacked", "Hezbollah"),
    ),
]

NOT_FOUND = [
    # one who speaks of the fight does not fight
    (
        "Barack Obama said the fight against al-Shabab would take years.",
        ("Barack Obama", "attacked", "al-Shabab"),
    ),
    # a fight against a wrong is no attack, nor on the place it is fought in
    (
        "The World Health Organization is leading the fight against Ebola in Guinea.",
        ("World Health Organization", "attacked", "Guinea"),
    ),
    (
        "Kenya is leading the fight against corruption in East Africa.",
        ("Kenya", "attacked", "East Africa"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_fight_noun_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A fight against a named side is an attack by its owner or the one who wages it."""
    assert triple in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_fight_noun_not_found(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A fight spoken of, or fought against a wrong, makes no attack."""
    assert triple not in triples(extract(sentence))
