"""A city's or region's office is that place's, not its country's: "Cape Town mayor X" leads
Cape Town even though Cape Town is a seat of South Africa's government. Country-level titles
keep their country. Actors other than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

CITY_OFFICES: list[tuple[str, str, str, str]] = [
    # (text, person, kept owner, country the office must not go to)
    ("Cape Town mayor Dan Plato said the city would ration water.", "Dan Plato",
     "Cape Town", "South Africa"),
    ("Aden governor Ahmed Lamlas survived the bombing on Sunday.", "Ahmed Lamlas",
     "Aden", "Yemen"),
    ("Abidjan mayor Robert Beugre Mambe opened the new bridge.", "Robert Beugre Mambe",
     "Abidjan", "Ivory Coast"),
    # a seat city's police is the city's force
    ("Cape Town police chief Jeremy Vearey ordered the arrests.", "Jeremy Vearey",
     "Cape Town police", "South Africa"),
    ("Aden police chief Shallal Shaye escaped an attack.", "Shallal Shaye", "Aden police",
     "Yemen"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "owner", "country"), CITY_OFFICES)
def test_roles_city_offices_seat_city_mayor_leads_the_city(
    extract: Any, text: str, person: str, owner: str, country: str
) -> None:
    """A local head or police title after a seat city is the city's, not the country's."""
    found = triples(extract(text, published="2019-03-04"))
    assert (person, "leader_of", owner) in found, found
    assert not any(s == person and o == country for s, _, o in found), found


COUNTRY_OFFICES: list[tuple[str, str, str]] = [
    ("French President François Hollande arrived in Dakar on Monday.", "François Hollande",
     "France"),
    ("Kenya's President Uhuru Kenyatta met the delegation in Nairobi.", "Uhuru Kenyatta",
     "Kenya"),
    ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", "Russia"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "country"), COUNTRY_OFFICES)
def test_roles_city_offices_country_titles_keep_the_country(
    extract: Any, text: str, person: str, country: str
) -> None:
    """A national title or a seat's spokesman stays the country's."""
    found = triples(extract(text, published="2015-05-20"))
    assert any(s == person and o == country for s, _, o in found), found
