"""Who takes part in an attack led or owned by another does it too ("Moroccan jets took part in
the Saudi-led air raids on Yemen": kg/extract/interactions.py ``_participants``, cues.json
``joined_acts``); the leader keeps its claim, and joining a body or a mission attacks no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Moroccan jets took part in the Saudi-led air raids on Yemen.",
        [("Moroccan army", "attacked", "Yemen"), ("Saudi Arabia", "attacked", "Yemen")],
    ),
    (
        "Jordanian jets took part in the US-led air strikes against ISIL.",
        [
            ("Jordanian army", "attacked", "Islamic State"),
            ("United States", "attacked", "Islamic State"),
        ],
    ),
    (
        "Morocco took part in the Saudi-led air campaign against the Houthis.",
        [("Morocco", "attacked", "Houthis"), ("Saudi Arabia", "attacked", "Houthis")],
    ),
    (
        "Jordan joined the US-led air strikes against ISIL in September.",
        [("Jordan", "attacked", "Islamic State"), ("United States", "attacked", "Islamic State")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_interactions_participants_attacked(
    extract: Any, text: str, expected: list[tuple[str, str, str]]
) -> None:
    """The participant and the leader both attacked the target."""
    found = triples(extract(text, published="2015-05-15"))
    for triple in expected:
        assert triple in found, found


NO_CLAIM = [
    "The Labour Party joined the coalition government in 2010.",
    "Kenya joined the African Union mission in Somalia in 2012.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_interactions_participants_no_claim(extract: Any, text: str) -> None:
    """Joining a government or a mission is no attack."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
