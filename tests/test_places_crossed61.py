"""Places put in a place they cannot lie in (prec61, from a judged sample of claims on news
nobody annotated): a town the data places in one country is in no town of another ("will meet
Tehran in Vienna": the "in" phrase is the verb's; kg/extract/places.py ``_emit``), and a ward
or county is not in the body named in front of it whose own "in" phrase holds it ("the X
school district in Y County": kg/extract/later_wards.py ``_holds``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a town in its own country, or in a town of the same country
    ("The talks were held in Geneva, Switzerland.", ("Geneva", "located_in", "Switzerland")),
    (
        "Protesters gathered in Brooklyn in New York on Sunday.",
        ("Brooklyn", "located_in", "New York"),
    ),
    # a country's province that the data counts as a country of its own: the text says
    (
        "Serbia's southern province of Kosovo is mostly Albanian.",
        ("Kosovo", "located_in", "Serbia"),
    ),
    # the body lies in the county that its "in" phrase names
    (
        "Teachers of the Houston Independent School District in Harris County went on strike.",
        ("Houston Independent School District", "located_in", "Harris County"),
    ),
    # a ward named after the one town named before it lies in that town
    (
        "Floods hit China's Guangdong province. Those killed in Huaiji county included children.",
        ("Huaiji", "located_in", "Guangdong"),
    ),
]

REMOVED = [
    # a capital used for its government, the object of a verb, and the town the verb's "in"
    # phrase names: the data puts them in two countries
    ("Washington will meet Tehran in Vienna next week.", ("Tehran", "located_in", "Vienna")),
    ("London will meet Moscow in Geneva on Friday.", ("Moscow", "located_in", "Geneva")),
    ("Washington will face Beijing in Doha next month.", ("Beijing", "located_in", "Doha")),
    ("The envoys met Riyadh in Geneva on Tuesday.", ("Riyadh", "located_in", "Geneva")),
    # a county that the body named before it is "in" is no ward of that body
    (
        "Teachers of the Houston Independent School District in Harris County went on strike.",
        ("Harris County", "located_in", "Houston Independent School District"),
    ),
    (
        "Officials of the Fresno Irrigation District in Fresno County said the canals were dry.",
        ("Fresno County", "located_in", "Fresno Irrigation District"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_places_crossed_containers(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """A place is in no town of another country, nor in a body whose phrase it closes."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
