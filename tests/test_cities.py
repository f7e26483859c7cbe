"""Large cities and their countries (kg/cities.py, GeoNames data) and their two uses: a name
the model took for an organisation after a place word is the city, and a story's town
introduction does not move another country's large city into the story's country."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kg.cities import city_country
from tests.conftest import node_types, triples

COUNTRIES = [
    ("Mosul", "IQ"),
    ("Peshawar", "PK"),
    ("Aleppo", "SY"),
    ("raqqa", "SY"),  # another name of Ar Raqqah, any case
    ("Palmyra", "SY"),  # another name of Tadmur
    ("Tikrīt", "IQ"),  # accents aside
    ("Barcelona", "ES"),  # far bigger than Barcelona, Venezuela
    ("Florence", "IT"),
    ("Natalia", None),  # a given name, no large city
    ("Hilton", None),
    ("Homs", "SY"),  # not Al Khums, Libya, a smaller city of that other name
    ("Nowhere Town", None),
    ("Antioquia", "TR"),  # another name of Antakya; by own names only, none
]


@pytest.mark.parametrize(("name", "iso"), COUNTRIES)
def test_cities_city_country(name: str, iso: str | None) -> None:
    """A large city's name gives its country; a name of no large city gives None."""
    assert city_country(name) == iso


@pytest.mark.parametrize(("name", "iso"), [("Mosul", "IQ"), ("Palmyra", None), ("Antioquia", None)])
def test_cities_own_names_only(name: str, iso: str | None) -> None:
    """Asked of own names only, a city's other name ("Palmyra" for Tadmur) gives None."""
    assert city_country(name, other_names=False) == iso


CITY = [
    ("Kurds suffered in Kobane during the long siege.", "Kobane"),
    # "from" only with the city's own country after it
    ("The journalist used web tools from Reykjavik in Iceland to organise the vote.", "Reykjavik"),
    ("Activists copied tools from Reykjavik in Iceland.", "Reykjavik"),
]


@pytest.mark.parametrize(("text", "name"), CITY)
def test_cities_model_org_after_place_word_is_city(extract: Any, text: str, name: str) -> None:
    """A name the model took for an organisation after "in" (or "from", with the city's
    country after it) that names a large city is that city."""
    assert node_types(extract(text)).get(name) == "City"


NOT_CITY = [
    # "from" a city-named organisation: a workplace ("Salon"), no country after it
    ("Patrick Smith, from Salon, joined the debate.", "Salon", "City"),
    ("The journalist used web tools from Reykjavik to organise the vote.", "Reykjavik", "City"),
    # a modifier, not a place
    ("Yaalon backed the Oslo peace process.", "Oslo", "City"),
    # a person, no place word
    ("Jackson said the plan was fair.", "Jackson", "City"),
    # a whole name of which a city is one word
    ("Paris Hilton arrived at the party.", "Paris", None),
    ("Florence Nightingale founded modern nursing.", "Florence Nightingale", "Person"),
]


@pytest.mark.parametrize(("text", "name", "kind"), NOT_CITY)
def test_cities_no_city_without_place_words(
    extract: Any, text: str, name: str, kind: str | None
) -> None:
    """A city's name that is a modifier, a person or part of a longer name stays what it is."""
    types = node_types(extract(text))
    if kind == "City":
        assert types.get(name) != "City"
    else:
        assert types.get(name) == kind


# a story about Syria: Syria named three times, no other country in the headline
_SYRIA = (
    "Syria army advances\n\n"
    "Syria's army advanced on Monday. "
    "The Syrian government said troops in Syria had retaken a hill. "
    "Syrian state television showed the fighting. "
)
ELSEWHERE = [
    (_SYRIA + "Fighters later fled to the city of Mosul.", "Mosul", "Syria"),
    (_SYRIA + "Refugees reached the city of Peshawar.", "Peshawar", "Syria"),
]


@pytest.mark.parametrize(("text", "town", "country"), ELSEWHERE)
def test_cities_other_country_city_not_in_story_country(
    extract: Any, text: str, town: str, country: str
) -> None:
    """A large city of another country introduced in a story about one country does not
    lie in the story's country."""
    assert (town, "located_in", country) not in triples(extract(text, published="2015-05-20"))


def test_cities_own_country_city_in_story_country(extract: Any) -> None:
    """A large city of the story's own country, introduced by a place noun, still lies in
    it."""
    text = _SYRIA + "Rebels held out in the city of Aleppo."
    assert ("Aleppo", "located_in", "Syria") in triples(extract(text, published="2015-05-20"))


def test_cities_data_file_is_derived() -> None:
    """kg/data/cities.tsv is what ``python -m tools.cities`` makes of the pinned package."""
    from kg.cities import DATA_FILE, derive_index, index_lines
    from tools.cities.__main__ import geonames_rows

    shipped = (Path(__file__).resolve().parents[1] / "kg" / DATA_FILE).read_text("utf-8")
    assert index_lines(derive_index(geonames_rows())) == shipped


VISITS = [
    # a large city of the traveller's own country: no visit
    (
        "Pakistan's Prime Minister Nawaz Sharif arrived in Lahore on Monday.",
        "Nawaz Sharif",
        "Lahore",
        False,
    ),
    (
        "Nigeria's President Muhammadu Buhari touched down in Kano on Friday.",
        "Muhammadu Buhari",
        "Kano",
        False,
    ),
    # one of another country: a visit
    (
        "Iraq's Prime Minister Haider al-Abadi arrived in Peshawar on Monday.",
        "Haider al-Abadi",
        "Peshawar",
        True,
    ),
    (
        "Kenya's President Uhuru Kenyatta touched down in Kano on Friday.",
        "Uhuru Kenyatta",
        "Kano",
        True,
    ),
]


@pytest.mark.parametrize(("text", "person", "city", "visit"), VISITS)
def test_cities_arrival_at_home_is_no_visit(
    extract: Any, text: str, person: str, city: str, visit: bool
) -> None:
    """An arrival in a large city of the person's own country is no visit; in another
    country's it is."""
    found = (person, "visited", city) in triples(extract("News\n\n" + text))
    assert found is visit
