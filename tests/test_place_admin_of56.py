"""A district named before "of" and an area of another kind after it (lead56): "the
Chardara district of Kunduz province" puts Chardara in Kunduz province, never the province in
the district (kg/extract/places.py ``_admin_after_of``). With a town after "of", the older
readings stand: "the Istanbul district of Fatih" is Fatih's, "the Okinawa city of Nago" Nago's.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Fighting raged in the Chardara district of Kunduz province on Monday.",
        ("Chardara", "Kunduz province"),
    ),
    ("Floods hit the Kalat district of Zabul province.", ("Kalat", "Zabul province")),
    ("Clashes in the Baidoa district of Bay region killed four.", ("Baidoa", "Bay region")),
    ("Police raided a house in the Istanbul district of Fatih.", ("Fatih", "Istanbul")),
    ("He was born in the Okinawa city of Nago.", ("Nago", "Okinawa")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_admin_after_of_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair in pairs(extract(text), "located_in")


# (text, pair): the reversed reading, which the older rule gave
NOT_FOUND = [
    (
        "Fighting raged in the Chardara district of Kunduz province on Monday.",
        ("Kunduz province", "Chardara"),
    ),
    ("Floods hit the Kalat district of Zabul province.", ("Zabul province", "Kalat")),
    ("Clashes in the Baidoa district of Bay region killed four.", ("Bay region", "Baidoa")),
    ("Police raided a house in the Istanbul district of Fatih.", ("Istanbul", "Fatih")),
    ("He was born in the Okinawa city of Nago.", ("Okinawa", "Nago")),
]


@pytest.mark.parametrize(("text", "pair"), NOT_FOUND)
def test_admin_after_of_not_reversed(extract: Any, text: str, pair: tuple[str, str]) -> None:
    assert pair not in pairs(extract(text), "located_in")
