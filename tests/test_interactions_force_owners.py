"""An organisation or group acts through "its" forces as a state does ("the army said its
soldiers attacked X"; kg/extract/interactions.py, the pronoun owner of a force noun, with the
pronoun linked by kg/extract/actor_coref.py). Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

# (sentence, claim made or None, claim not made or None)
OWNED_FORCES = [
    (
        "The Kenyan government said its forces attacked al-Shabab.",
        ("Kenyan government", "attacked", "al-Shabab"),
        None,
    ),
    (
        "The Nigerian army said its troops killed 30 Boko Haram fighters.",
        ("Nigerian army", "attacked", "Boko Haram"),
        None,
    ),
    (
        "NATO said its jets attacked Serbian positions in Kosovo.",
        ("NATO", "attacked", "Serbia"),
        None,
    ),
    # the state case stays as it was
    ("Kenya said its forces attacked al-Shabab.", ("Kenya", "attacked", "al-Shabab"), None),
    # the owner's forces attacked, not the owner attacking them; a person's "his troops"
    # stays unread (a person's pronoun is the less sure guess)
    (
        "The Kenyan government said al-Shabab attacked its soldiers.",
        None,
        ("Kenyan government", "attacked", "al-Shabab"),
    ),
    (
        "Senegal's president said his troops attacked the rebels.",
        None,
        ("Senegal's president", "attacked", "rebels"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), OWNED_FORCES)
def test_interactions_body_acts_through_its_forces(
    extract: Any, sentence: str, kept: Any, removed: Any
) -> None:
    """ "X said its forces attacked Y": X attacked Y when X is a state, body or group."""
    check_kept_removed(extract(sentence), kept, removed)
