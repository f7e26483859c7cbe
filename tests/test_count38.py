"""Counted and described people as the press names them (count38). Sentences of our own,
about other actors than the articles the rules were learned from.

1. A country's people named whole ("Nepali nationals", "Kenyan citizens") are shown as the
   article writes them when it never writes the canonical "<adjective> civilians"
   (``people_names`` of kg/data/en/sector_nouns.json, kg/resolve/collectives.py
   ``written_collective``); people of a kind ("Ugandan tourists") still name none.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

PEOPLE: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Kenyan police killed three Somali nationals near the border on Monday.",
        ("Kenyan police", "attacked", "Somali nationals"),
        ("Kenyan police", "attacked", "Somali civilians"),
    ),
    (
        "Two Nepali nationals were among six people killed after gunmen stormed a hotel in Kabul.",
        ("gunmen", "attacked", "Nepali nationals"),
        ("gunmen", "attacked", "Nepali civilians"),
    ),
    (
        "Somali troops killed three Kenyan citizens on Monday.",
        ("Somali troops", "attacked", "Kenyan citizens"),
        None,
    ),
    (
        "Gunmen killed four Ugandan tourists in the park.",
        ("Gunmen", "attacked", "Ugandan civilians"),
        ("Gunmen", "attacked", "Ugandan tourists"),
    ),
    (
        "Ethiopian troops killed three Eritrean civilians and two Eritrean nationals.",
        ("Ethiopian troops", "attacked", "Eritrean civilians"),
        ("Ethiopian troops", "attacked", "Eritrean nationals"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), PEOPLE)
def test_collectives_people_named_whole_as_written(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A country's nationals or citizens are shown so, unless the canonical form is written."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
