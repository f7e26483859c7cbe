"""Two wrong readings the lead found probing (lead46).

A relative clause's subject pronoun ("the movement that controls X for its support") stands
for the noun the clause hangs on, so an "its" inside the clause is that noun's, not the main
clause subject's (kg/extract/actor_coref.py ``_actor_antecedent``). A phrasal verb with a
particle of its own is not another phrasal verb through a later preposition: "picked up
migrants off Libya" is "pick up", never "pick off" (kg/lexicon.py ``_has_particle``).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "The European Union imposed sanctions on the Houthi movement that controls Sanaa "
            "for its support of al-Qaeda.",
            ("Houthis", "supported", "al-Qaeda"),
            ("European Union", "supported", "al-Qaeda"),
        ),
        (
            "Canada sanctioned the Hezbollah movement which is criticized for its support of "
            "the Assad government.",
            None,
            ("Canada", "supported", "Syrian government"),
        ),
        (
            "Washington sanctioned the Lebanese bank which handled money for its ally Hezbollah.",
            None,
            ("Hezbollah", "supported", "United States"),
        ),
    ],
)
def test_relative_pronoun_owns_its(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple
) -> None:
    """An "its" inside a relative clause belongs to the noun the clause hangs on."""
    check_kept_removed(extract(text, published="2015-06-10"), expected, forbidden)


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "The Greek coast guard picked up 300 Syrian refugees off Turkey on Friday.",
            None,
            ("Greek coast guard", "attacked", "Syrian refugees"),
        ),
        (
            "Kurdish fighters picked off two Turkish soldiers near the border.",
            ("Kurdish fighters", "attacked", "Turkish soldiers"),
            None,
        ),
    ],
)
def test_particle_of_its_own(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """A verb's own particle rules out another phrasal verb through a preposition."""
    check_kept_removed(extract(text, published="2015-06-10"), expected, forbidden)
