"""A large city's name the model typed a person or an organisation, in an article that names
the city's country (towns63; ``kg/extract/node_types.py`` ``_Towns.town_of_named_country``).

"Saudi jets struck Dhamar and Ibb, Yemeni officials said": Dhamar and Ibb are large towns of
Yemen (``kg.cities``) and the article names Yemen, so they are cities though no place word
stands beside them. A name whose country the article does not name, an acronym, a given
name ("Florence"), a word of a person's name the article writes in full, a speaker, a name
with a person's noun in apposition ("X, a businessman") or one named as another kind of
place ("the department of Caldas") or with an organisation noun ("the Xinhua news agency")
stays as it was. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.cities import city_country
from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model types these persons or organisations; the article names their country
        ("Saudi jets struck Dhamar and Ibb, Yemeni officials said.", "Dhamar"),
        ("Saudi jets struck Dhamar and Ibb, Yemeni officials said.", "Ibb"),
        ("Afghan commandos raided Lashkar Gah on Sunday.", "Lashkar Gah"),
        ("Colombian rebels attacked Cucuta on Saturday.", "Cucuta"),
        ("Philippine troops attacked Jolo and Marawi this week.", "Jolo"),
        ("Philippine troops attacked Jolo and Marawi this week.", "Marawi"),
        ("Indian police raided Meerut and Aligarh, the Indian home ministry said.", "Meerut"),
    ],
)
def test_towns63_town_of_named_country_is_city(extract: Any, text: str, name: str) -> None:
    """A large city's name in an article that names its country is a city."""
    assert node_types(extract(text)).get(name) == "City"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no country of the town named
        ("Jets bombed Dhamar and Ibb on Monday.", "Dhamar"),
        # an acronym ("FAR" is another name of an American town), a given name, a speaker,
        # a person's noun in apposition
        ("US officials said the FAR had sent six jets.", "FAR"),
        ("Italian officials met Florence, who heads the committee.", "Florence"),
        ("Saudi jets struck Yemen on Monday, Dhamar said.", "Dhamar"),
        ("Yemeni officials met Ibb, a Saudi businessman.", "Ibb"),
        # a person's surname alone, the full name written in two forms the linking keeps
        # apart ("Gresham" is a large town of the United States)
        (
            'Startup founder Mark "Mick" Gresham hopes, by 2020, buyers will be able to print '
            "their own houses.\n\nMark Gresham, startup founder\n\nCheap parts are one of the "
            "main reasons why Gresham chose US printers to make his houses.",
            "Gresham",
        ),
        # another kind of place, an organisation's name
        ("Colombian soldiers patrolled the department of Caldas on Friday.", "Caldas"),
        (
            "Rescuers reached the ferry on Monday, the official Xinhua news agency reported. "
            "China has sent divers.",
            "Xinhua",
        ),
    ],
)
def test_towns63_not_a_town(extract: Any, text: str, name: str) -> None:
    """No country named, or words that say person, another kind of place or organisation:
    the name is no city."""
    types = node_types(extract(text))
    assert name in types, types
    assert types[name] != "City", types


@pytest.mark.parametrize(("name", "iso"), [("al-Bab", "SY"), ("Al-Hasakah", "SY")])
def test_towns63_hyphened_city_names(name: str, iso: str) -> None:
    """A name the index writes with a space is found with a hyphen ("al-Bab", "Al Bab")."""
    assert city_country(name) == iso
