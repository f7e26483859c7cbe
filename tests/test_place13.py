"""Place rules of round 26 (place13), on sentences about other places than the held-out
articles that motivated them: where each construction puts a place, and where it must not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

# (text, a located_in pair it must give, a pair it must not give)
OWNED_PARTS: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    # a name of several words hung on the part noun, one the model tags as a person
    (
        "A car bomb exploded in central Damascus's Bab Touma area on Monday.",
        ("Bab Touma", "Damascus"),
        None,
    ),
    (
        "Mortars fell on Tripoli's Abu Salim district overnight, residents said.",
        ("Abu Salim", "Tripoli"),
        None,
    ),
    ("Police raided homes in Baghdad's Karrada area on Sunday.", ("Karrada", "Baghdad"), None),
    # a land feature's noun, also as the first word of "mountain range"
    (
        "Elsewhere, in Lebanon's Shouf mountain range, two shepherds were killed by a mine.",
        ("Shouf", "Lebanon"),
        None,
    ),
    (
        "Rebels retreated into Afghanistan's Tora Bora mountains.",
        ("Tora Bora", "Afghanistan"),
        None,
    ),
    ("Israel annexed Syria's Golan Heights in 1981.", ("Golan Heights", "Syria"), None),
    (
        "The army shelled Turkey's Kurdish mountains on Monday.",
        None,
        ("Kurdish mountains", "Turkey"),
    ),
    # a people or a group before the noun is no part's name
    ("The army shelled Syria's Kurdish area on Monday.", None, ("Kurdish area", "Syria")),
    (
        "The company expanded into Kenya's Safaricom area last year.",
        None,
        ("Safaricom", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "pair", "wrong"), OWNED_PARTS)
def test_place13_owned_part_noun(
    extract: Any,
    text: str,
    pair: tuple[str, str] | None,
    wrong: tuple[str, str] | None,
) -> None:
    """ "in central Baghdad's Bab al-Sharji area": the name between a place's possessive and a
    part noun lies in that place."""
    found = pairs(extract("News\n\n" + text), "located_in")
    if pair is not None:
        assert pair in found, sorted(found)
    if wrong is not None:
        assert wrong not in found, sorted(found)
