"""One node per real actor (node6).

1. A facility's name the parser cut off from its noun by a lower-case adjective ("the Shindand
   military base", "near Kainji military base": the name hung as a nominal modifier, "nmod")
   or read as an adjective while the model tagged it an organisation ("the Rixos hotel") names
   the facility, one place labelled as written (kg/extract/places.py ``_facilities``,
   kg/resolve/entities.py ``_site_name``).
Sentences of our own about other places than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

NAMED_SITES: list[tuple[str, str]] = [
    # (text, the facility's node)
    (
        "Militants attacked the Shindand military base in western Afghanistan.",
        "Shindand military base",
    ),
    ("Gunmen opened fire near Kainji military base on Sunday.", "Kainji military base"),
    ("Rockets hit the Taqaddum military base, officials said.", "Taqaddum military base"),
    ("Two bombs went off outside the Rixos hotel in Tripoli.", "Rixos hotel"),
]


@pytest.mark.parametrize(("text", "site"), NAMED_SITES)
def test_node6_name_before_adjective_and_facility_is_place(
    extract: Any, text: str, site: str
) -> None:
    """ "the Shindand military base": the name, the adjective and the noun are one place."""
    assert node_types(extract(text)).get(site) == "Place"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Soldiers moved into the new military base near Kabul.", "base"),
        ("Protesters marched to the main military base.", "base"),
    ],
)
def test_node6_adjectives_alone_name_no_facility(extract: Any, text: str, word: str) -> None:
    """Lower-case adjectives before the noun ("the new military base") name no place."""
    assert not [label for label in node_types(extract(text)) if word in label]
