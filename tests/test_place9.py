"""Where towns lie, when the parser hangs the phrase elsewhere (place9).

1. "Car bombs in Tripoli, the Libyan capital, have killed ...", "in Ikeja, the capital of
   Lagos State, where ...": the apposition the parser hung on the clause's subject (or made a
   subject itself) still makes the town the owner's capital (kg/extract/places.py
   ``_loose_capitals``).
2. "in Tulsa, Oklahoma, and in Kansas, ...": "and" followed by a preposition opens a new
   phrase; "Tulsa, Oklahoma" is a town and its region, no list of three names
   (``_closes``/``_new_phrase``).
3. "the Koloma neighbourhood of the capital, Freetown": a name the parser read as an
   adjective still names the ward (``modifier_place``), not a demonym ("the Yemeni quarter").
4. "in Kibera area of southern Nairobi": a part noun with no article, right after "in", names
   a part of the place after "of" as "the Kibera area of ..." does
   (kg/extract/place_parts.py ``_name_span``).
Sentences of our own, about other towns than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Car bombs at two markets in Tripoli, the Libyan capital, have killed at least 8 people.",
        ("Tripoli", "Libya"),
    ),
    (
        "Roadside bombs near a school in Mogadishu, the Somali capital, have wounded 12 people.",
        ("Mogadishu", "Somalia"),
    ),
    (
        "Police were deployed outside the court in Lagos and in Ikeja, the capital of Lagos "
        "State, where supporters sang, waved flags and blocked roads.",
        ("Ikeja", "Lagos State"),
    ),
    (
        "A driver was found dead from the flooding in Tulsa, Oklahoma, and in Kansas, a farmer "
        "who was swept away by the river.",
        ("Tulsa", "Oklahoma"),
    ),
    (
        "A woman was killed in Mobile, Alabama, and in Georgia, a boy who fell into a creek.",
        ("Mobile", "Alabama"),
    ),
    (
        "Residents in the Koloma neighbourhood of the capital, Freetown, reported hearing gunfire.",
        ("Koloma", "Freetown"),
    ),
    # a part noun with no article, the object of "in"
    ("Shops were shut in Kibera area of southern Nairobi on Monday.", ("Kibera", "Nairobi")),
    ("Clashes broke out in Gikondo area of central Kigali on Friday.", ("Gikondo", "Kigali")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_place9_town_placed(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The town lies in the place its misparsed apposition or comma pair names."""
    assert pair in pairs(extract(text), "located_in")


NOT_FOUND = [
    # a list of towns, not a town and its region
    ("Flights from Atlanta, Boston, and Chicago were cancelled on Monday.", "Atlanta"),
    # a person before "the capital's ...": no town
    (
        "Car bombs near the house of Ahmed Salem, the capital's governor, have killed 8 people.",
        "Ahmed Salem",
    ),
    # the capital's phrase goes on: no apposition that closes
    ("Gunmen in Benghazi, the capital city's rival, have killed 8 soldiers.", "Benghazi"),
]


@pytest.mark.parametrize(("text", "inner"), NOT_FOUND)
def test_place9_no_place(extract: Any, text: str, inner: str) -> None:
    """No located_in claim for the name."""
    assert not any(s == inner for s, _ in pairs(extract(text), "located_in"))


def test_place9_demonym_is_no_ward(extract: Any) -> None:
    """ "the Yemeni quarter of the capital, Cairo": a people's adjective names no ward."""
    found = pairs(
        extract("Shops in the Yemeni quarter of the capital, Cairo, stayed shut on Friday."),
        "located_in",
    )
    assert not any(s in ("Yemen", "Yemeni") for s, _ in found)
