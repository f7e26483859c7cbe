"""A name the model typed a person, listed with places (type47).

"from Raqqa and Der Ezzor", "to Mosul and Hama", "in Homs and Qusayr and Hama": a name
listed with other linked names typed a city, a place or a country (or a city's name of the
data), more than twice its list's other linked names, takes a place cue
(``kg/extract/node_types.py`` ``_listed_with_place``); with a city's name of the data
(another name counts when the list says place) that is enough to type it a city. A name
listed with people or mostly with companies ("Alcoa, Boeing, Chelsea and Houston"), or with
no city of its name and no other cue, stays as it was.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the model types the second name a person; the list says place
        ("Refugees from Raqqa and Der Ezzor crossed into Turkey.", "Der Ezzor", "City"),
        ("The army sent troops to Mosul and Hama on Monday.", "Hama", "City"),
        ("Heavy fighting was reported in Homs and Qusayr and Hama.", "Hama", "City"),
        ("Thousands of families have fled from Aleppo and Hama since March.", "Hama", "City"),
    ],
)
def test_node_types_name_listed_with_places_is_a_city(
    extract: Any, text: str, name: str, expected: str
) -> None:
    """A city's name listed with places is a city, not a person or an organisation."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(name) == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # no city of the name and no other cue: one list is not enough
        ("The minister visited Katwijk and Rotterdam last week.", "Katwijk", "Person"),
        # listed with a person, not a place
        ("Madison and Austin met the minister in Lagos.", "Madison", "Person"),
        # a city's name among companies: one place in the list is not enough
        (
            "Shareholders of Alcoa, Boeing, Continental, Chelsea and Houston voted on Friday.",
            "Chelsea",
            "Organization",
        ),
    ],
)
def test_node_types_list_without_place_evidence_keeps_the_type(
    extract: Any, text: str, name: str, expected: str
) -> None:
    """Without a city's name of the data, or with no place in the list, nothing changes."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(name) == expected
