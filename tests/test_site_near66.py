"""An unnamed site an attack hits, with a named place after "near", "outside" or "off"
(kg/extract/sites.py, ``where_preps`` of ``unnamed_sites``): the place says where the site
lies, not whose it is, so the site stays the attack's target; the place is not attacked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Taliban fighters stormed a police checkpoint near Kandahar on Sunday.",
        ("Taliban", "attacked", "police checkpoint"),
    ),
    (
        "Houthi fighters seized a large ammunition depot outside Taiz.",
        ("Houthis", "attacked", "large ammunition depot"),
    ),
    (
        "Al-Shabab militants overran a military outpost near the Kenyan border town of Mandera.",
        ("al-Shabab", "attacked", "military outpost"),
    ),
    (
        "Libyan militias shelled a fuel depot outside Benghazi.",
        ("Libyan militias", "attacked", "fuel depot"),
    ),
    (
        "Kurdish fighters captured a grain warehouse near Kobane.",
        ("Kurdish fighters", "attacked", "grain warehouse"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_site_near_place_is_target(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The site hit is the target though a place is named beside it."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT_HIT = [
    ("Boko Haram stormed a military base near Maiduguri.", ("Boko Haram", "attacked", "Maiduguri")),
    (
        "Houthi fighters seized a large ammunition depot outside Taiz.",
        ("Houthis", "attacked", "Taiz"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_HIT)
def test_place_near_site_not_hit(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A place the site lies near or outside is not what the attack hit (one "in" it is)."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
