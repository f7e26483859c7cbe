"""A group's description naming whom it is tied to (kg/extract/nominals.py, ``_tied_name``):
"the al-Qaeda-linked group" takes up the group named before, never the name inside it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CASES = [
    (
        "Al-Shabab fighters raided a base in Lamu on Monday. "
        "The al-Qaeda-linked group also attacked Mandera.",
        ("al-Shabab", "attacked", "Mandera"),
        ("al-Qaeda", "attacked", "Mandera"),
    ),
    (
        "The Nusra Front seized Idlib in March. "
        "The al-Qaeda-affiliated group later attacked Jisr al-Shughour.",
        ("Nusra Front", "attacked", "Jisr al-Shughour"),
        ("al-Qaeda", "attacked", "Jisr al-Shughour"),
    ),
    (
        "Al-Shabab gunmen stormed a university in Garissa in April. "
        "The al-Qaeda-linked group later attacked Wajir.",
        ("al-Shabab", "attacked", "Wajir"),
        ("al-Qaeda", "attacked", "Wajir"),
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), CASES)
def test_tied_groups_take_up_the_group(
    extract: Any, text: str, right: tuple[str, str, str], wrong: tuple[str, str, str]
) -> None:
    """The act is the group's named before, not the one its modifier ties it to."""
    found = triples(extract(text, published="2015-05-15"))
    assert right in found, found
    assert wrong not in found, found
