"""Places on a town's edge (loc36).

1. An edge noun is read by its lemma: "on the outskirts of Y", "on the fringes of Y", "on the
   southern suburbs of Y" put the place before them in Y (``edge_nouns`` of
   kg/data/en/places.json hold "outskirt", "fringe", "suburb"; kg/extract/places.py ``_edges``).
2. A facility named by a word the model did not tag, even one the parser read as an adjective
   ("the devastated Shatila camp"), lies in the owner of such an edge noun too
   (kg/extract/places.py ``_untagged_site``, ``_untagged_name``); a people's adjective ("the
   Syrian camp") names no facility.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed

EDGES: list[Case] = [
    (
        "Clashes erupted in Shatila on the outskirts of Beirut.",
        ("Shatila", "located_in", "Beirut"),
        None,
    ),
    (
        "Troops massed in Tessalit on the fringes of Kidal region.",
        ("Tessalit", "located_in", "Kidal region"),
        None,
    ),
    (
        "Fighting raged in Sabra on the southern suburbs of Beirut.",
        ("Sabra", "located_in", "Beirut"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), EDGES)
def test_places_edge_nouns_read_by_lemma(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A place "on the outskirts (fringes, suburbs) of Y" lies in Y."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


SITES: list[Case] = [
    (
        "Fighters overran the devastated Shatila camp on the southern outskirts of Beirut.",
        ("Shatila camp", "located_in", "Beirut"),
        None,
    ),
    (
        "Gunmen seized large parts of the Ain al-Hilweh camp on the outskirts of Sidon.",
        ("Ain al-Hilweh camp", "located_in", "Sidon"),
        None,
    ),
    (
        "Aid reached the Syrian camp on the outskirts of Amman.",
        None,
        ("Syrian camp", "located_in", "Amman"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), SITES)
def test_places_untagged_site_on_an_edge(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """An untagged facility name on a town's edge lies in the town; a demonym names none."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
