"""A name whose last word is the head of a place's name (``place_name_heads`` of names.json:
"Square", "Forest", "Bridge", "Desert", ...; kg/resolve/resolver.py ``_votes``, near64) is a
place's, whatever the model's label: "the Mau Forest" read as an organisation was no actor's
place before; so is the acronym the article spells it with ("the Buffer Zone (BZ)": each "BZ"
votes a place, not an organisation as "IPL" does for the Indian Premier League). A person
whose surname is such a word ("Ricki Lake said"), and a name with a lower-case connector
("al-Qaeda in the Arabian Peninsula"), keep their type. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

PLACES = [
    ("Troops pushed deep into the Gishwati Forest on Tuesday.", "Gishwati Forest"),
    ("Rebels withdrew into the Mau Forest after the attack.", "Mau Forest"),
    ("Protesters occupied Maidan Square for three months.", "Maidan Square"),
    ("The convoy crossed the Allenby Bridge into Jordan.", "Allenby Bridge"),
    ("Smugglers crossed the Sinai Desert at night.", "Sinai Desert"),
    (
        "UN peacekeepers patrol the Buffer Zone (BZ) between the two sides. Farmers may not"
        " enter the BZ without a permit. Soldiers guard the BZ day and night. The BZ runs for"
        " 180 km.",
        "Buffer Zone",
    ),
]


@pytest.mark.parametrize(("text", "name"), PLACES)
def test_place_name_heads_place(extract: Any, text: str, name: str) -> None:
    """The name is a place's node."""
    assert node_types(extract(text)).get(name) == "Place"


KEPT = [
    (
        "The Indian Premier League (IPL) began on Friday. The IPL said the final would be in"
        " Mumbai.",
        "Indian Premier League",
        "Organization",
    ),
    ("Ricki Lake said on Monday that she would return to television.", "Ricki Lake", "Person"),
    ("Andrew Bridge, a lawyer, told reporters the case was closed.", "Andrew Bridge", "Person"),
    (
        "Al-Qaeda in the Arabian Peninsula claimed the attack.",
        "al-Qaeda in the Arabian Peninsula",
        "Group",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), KEPT)
def test_place_name_heads_kept(extract: Any, text: str, name: str, kind: str) -> None:
    """A person's surname and a name with a connector keep their type."""
    assert node_types(extract(text)).get(name) == kind
