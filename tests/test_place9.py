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
4. A story that speaks of provinces ("all of Idlib province") places its towns in them, so
   the story's country is no container a town gets from context alone
   (kg/extract/place_coref.py ``context_places``); a story without provinces still places
   its towns in its country, and a province or a state itself is still placed.
Sentences of our own, about other towns than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases, pairs

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
        "Residents in the Koloma neighbourhood of the capital, Freetown, reported hearing "
        "gunfire.",
        ("Koloma", "Freetown"),
    ),
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


CONTEXT_KEPT = [
    # no province in the story: the town lies in the story's country
    (
        "Libya's army retreated on Monday. Rebels seized the town of Zintan on Thursday. "
        "Libya's government vowed to retake it.",
        ("Zintan", "located_in", "Libya"),
    ),
]

CONTEXT_REMOVED = [
    # a story that speaks of provinces: the town's container is its province, not guessed
    (
        "Libya's army retreated on Monday. Rebels seized the town of Zintan on Thursday. "
        "Libya's government vowed to retake all of Jufra province.",
        ("Zintan", "located_in", "Libya"),
    ),
    (
        "Iraq's army retreated on Monday. Fighters seized the town of Hit on Thursday. "
        "Iraq's government sent troops to the governorates of the west.",
        ("Hit", "located_in", "Iraq"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(CONTEXT_KEPT, CONTEXT_REMOVED)
)
def test_place9_context_town(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A town the story names with no country of its own lies in the story's country only
    when the story does not speak of provinces."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)
