"""Missiles thrown at someone (seeds ``N shoe/bottle/chair [throw,hurl] 182
obj=prep:at``, force57): they attack whom they are thrown at, as stones do; flowers or
sweets thrown are none. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Protesters hurled bottles at Kenyan police in Nairobi.",
        ("Protesters", "attacked", "Kenyan police"),
    ),
    (
        "Opposition members threw shoes at Turkish police in Ankara.",
        ("Opposition members", "attacked", "Turkish police"),
    ),
    (
        "Students threw chairs at Ukrainian police in Kiev.",
        ("Students", "attacked", "Ukrainian police"),
    ),
]
REMOVED = [
    # eggs are a protest, no weapon
    (
        "Students threw eggs at Ukrainian police in Kiev.",
        ("Students", "attacked", "Ukrainian police"),
    ),
    ("Fans threw flowers at Kenyan police in Nairobi.", ("Fans", "attacked", "Kenyan police")),
    (
        "Protesters threw sweets at Turkish police in Ankara.",
        ("Protesters", "attacked", "Turkish police"),
    ),
    (
        "Protesters threw a party for Ukrainian police in Kiev.",
        ("Protesters", "attacked", "Ukrainian police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_thrown_missiles_attack(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Shoes, bottles or chairs thrown at someone attack them; flowers do not."""
    check_kept_removed(extract(text), kept, removed)
