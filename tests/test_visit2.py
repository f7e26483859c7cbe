"""Visits told with a vehicle, a name in front of the visit, or by migrants (issue 12,
visit2).

1. "landed on boats in Malaysia", "arrived on a military plane in Caracas": the parser hangs
   the place on the vehicle (kg/data/en/places.json ``vehicle_nouns``); the travel verb still
   goes there (kg/lexicon.py ``_has_prep``, kg/extract/interactions.py ``_prep_objects``). A
   place hung on a noun that is no vehicle is not taken.
2. "a US visit by President Xi", "his Japan trip": a place's name in front of a visit noun
   whose visitor is named besides is where the visit goes (kg/extract/interactions.py
   ``_fronted_places``); alone ("the China visit") it is no place visited.
3. A visit to a place with no name of its own goes to the named place it is in ("visited a
   refugee camp in Jordan", "a visit to a factory in Shenzhen"; kg/extract/interactions.py
   ``_unnamed_destination``).
4. Migrants and refugees who land, arrive or flee somewhere visit it (the gold's convention);
   civilians on the move and a people named by a demonym ("Bangladeshis") still do not.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Mexican foreign minister Luis Videgaray arrived on a military plane in "
            "Caracas on Monday.",
            ("Luis Videgaray", "Caracas"),
        ),
        (
            "Chilean President Michelle Bachelet landed by helicopter in Lima on Friday.",
            ("Michelle Bachelet", "Lima"),
        ),
        (
            "Officials were preparing for a Brazil visit by President Jacob Zuma next month.",
            ("Jacob Zuma", "Brazil"),
        ),
        (
            "Peruvian President Ollanta Humala said his Mexico trip had been a success.",
            ("Ollanta Humala", "Mexico"),
        ),
        (
            "More than 2,000 migrants have landed on boats in Italy and Greece this month.",
            ("migrants", "Greece"),
        ),
        (
            "UN refugee chief Antonio Guterres visited a refugee camp in Kenya on Monday.",
            ("Antonio Guterres", "Kenya"),
        ),
        (
            "During her visit to a car factory in Chongqing, German Chancellor Angela Merkel "
            "praised China.",
            ("Angela Merkel", "Chongqing"),
        ),
        (
            "Hundreds of Congolese refugees fled to Zambia last week.",
            ("Congolese refugees", "Zambia"),
        ),
    ],
)
def test_visit2_visit_found(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """An arrival told with its vehicle, a named visit, migrants landing."""
    assert expected in pairs(extract(text, published="2015-05-20"), "visited")


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian minister Mauro Vieira crossed a red line in Angola, the opposition said.",
        "The Peruvian president Ollanta Humala landed a deal with Chile on Monday.",
        "The Ghanaian president John Mahama landed on the front pages in Nigeria on Monday.",
        "The Turkish leader Recep Tayyip Erdogan returned to power in Ankara in 2014.",
        "The Indian minister Sushma Swaraj arrived at a decision on Nepal on Monday.",
        "Thousands of civilians fled to Jordan on Monday.",
    ],
)
def test_visit2_no_visit(extract: Any, text: str) -> None:
    """A red line, a deal, the front pages, power or a decision are no places gone to;
    civilians on the move visit nowhere."""
    visited = pairs(extract(text, published="2015-05-20"), "visited")
    assert not visited, visited


def test_visit2_lone_name_in_front_is_no_place(extract: Any) -> None:
    """ "The Japan visit was cancelled" names no visitor besides: Japan is no place visited."""
    visited = pairs(
        extract("The Japan visit was cancelled on Monday, officials said.", published="2015-05-20"),
        "visited",
    )
    assert not any(o == "Japan" for _, o in visited), visited
