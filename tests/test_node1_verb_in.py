"""Unnamed sites (kg/extract/sites.py) that a verb acts on, with the "in" of their place hung
on the verb (loc1): "entered the museum in the city of X", "visited a hospital in Y",
"entered the guesthouse on Wednesday in Z" -> site located_in the place; and the site nouns
loc1 added (museum, substation, reservation). Sentences of our own about other places than
the articles the rule was learned from; the last rows must not place the site.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

# (text, a located_in pair it must give, a pair it must not give)
CASES: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "Rebel fighters entered the museum in the old city of Timbuktu on Monday.",
        ("museum", "Timbuktu"),
        None,
    ),
    (
        "Three teenagers climbed into a power substation in the Berlin suburb of Spandau.",
        ("power substation", "Spandau"),
        None,
    ),
    (
        "Attackers entered a hotel on Wednesday in the upscale district of Chabahil in Kathmandu.",
        ("hotel", "Chabahil"),
        None,
    ),
    (
        "The health minister visited a field hospital in Misrata.",
        ("field hospital", "Misrata"),
        None,
    ),
    (
        "The landslide buried an indigenous reservation in the province of Cauca.",
        ("indigenous reservation", "Cauca"),
        None,
    ),
    # the "in" after something else than a date is not the site's place
    (
        "Protesters left the museum with banners in Timbuktu.",
        None,
        ("museum", "Timbuktu"),
    ),
    # a plural is no one site
    (
        "The minister visited hospitals in Misrata on Monday.",
        None,
        ("hospitals", "Misrata"),
    ),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), CASES)
def test_node1_site_in_after_verb(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """A site object's place is the "in" right after it (or after a date), even when the
    parser hung it on the verb."""
    found = pairs(extract(text, published="2015-06-10"), "located_in")
    if pair is not None:
        assert pair in found, found
    if wrong is not None:
        assert wrong not in found, found
