"""Places named after the place they lie in (loc45).

"Police clashed with protesters in Ankara. A reporter in the central Cankaya district ...":
a ward (or county) named with its noun and no container of its own lies in the one town (or
region) named just before it (kg/extract/later_wards.py). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police clashed with protesters in Ankara on Monday. "
            "A reporter in the central Cankaya district saw tear gas.",
            ("Cankaya", "Ankara"),
        ),
        (
            "Floods hit China's southern Guangdong province on Monday. "
            "Those killed in Huaiji county included children.",
            ("Huaiji", "Guangdong"),
        ),
        # a square named with its noun inside the name
        (
            "Police clashed with protesters in Ankara on Monday. "
            "Police blocked all access to the central Kizilay Square.",
            ("Kizilay Square", "Ankara"),
        ),
        # a county the story's country holds already still lies in the region
        (
            "Four people were killed in Vietnam's northern Lao Cai province, Vietnamese "
            "media said. Those killed in Bat Xat county included a child. Vietnam sent aid.",
            ("Bat Xat county", "Lao Cai"),
        ),
    ],
)
def test_later_wards_lie_in_the_place_named_before(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """The ward lies in the one town (the county in the one region) named before it."""
    assert expected in pairs(extract(text, published="2015-06-10"), "located_in")


def test_later_counties_need_one_region(extract: Any) -> None:
    """Two regions named before the county: it lies in neither."""
    graph = extract(
        "Floods hit Guangdong province and Guangxi province on Monday. "
        "Those killed in Huaiji county included children.",
        published="2015-06-10",
    )
    found = pairs(graph, "located_in")
    assert ("Huaiji", "Guangdong") not in found
    assert ("Huaiji", "Guangxi") not in found


@pytest.mark.parametrize(
    ("text", "ward"),
    [
        # two towns before: no telling which one holds the ward
        (
            "Police clashed with protesters in Ankara and Izmir on Monday. "
            "A reporter in the central Cankaya district saw tear gas.",
            "Cankaya",
        ),
        # a square after two towns: in neither
        (
            "Protesters left Ankara for Istanbul on Monday. They gathered in Cankaya Square.",
            "Cankaya Square",
        ),
        # a person "of" a town places no ward in it; the ward has a container of its own
        (
            "Ali Demir of Ankara spoke on Monday. "
            "Residents of the Cankaya district in Izmir protested.",
            "Cankaya",
        ),
        # "between X and Y": no place in the other
        (
            "Talks were held between Ankara and Izmir on Monday. "
            "Officials met in the Konak district.",
            "Konak",
        ),
    ],
)
def test_later_wards_need_one_town_and_no_container(extract: Any, text: str, ward: str) -> None:
    """Not in the town named before when two are, nor when the ward says where it lies."""
    found = pairs(extract(text, published="2015-06-10"), "located_in")
    assert (ward, "Ankara") not in found
    assert ("Izmir", "Ankara") not in found
    assert ("Ankara", "Izmir") not in found


# "two hotels in Kampala ... the Speke hotel": a counted introduction reaches further
_FILLER = (
    "The attacks began shortly after dark. Witnesses said they heard heavy gunfire for an "
    "hour. Ambulances took the wounded away. "
)


def test_counted_places_are_named_further_on(extract: Any) -> None:
    """The hotel named four sentences after "two hotels in Kampala" lies in Kampala."""
    graph = extract(
        "Bombs at two hotels in Kampala have killed at least eight people. "
        + _FILLER
        + "The first blast hit the Speke hotel.",
        published="2015-06-10",
    )
    assert ("Speke hotel", "Kampala") in pairs(graph, "located_in")


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # one hotel, not counted: the name is too far from it
        (
            "Bombs at a hotel in Kampala have killed at least eight people. "
            + _FILLER
            + "Later, guests fled the Speke hotel.",
            ("Speke hotel", "Kampala"),
        ),
        # another town in the name's sentence may be the hotel's own
        (
            "Bombs at two hotels in Kampala have killed at least eight people. "
            + _FILLER
            + "Another blast shook the Speke hotel in Entebbe.",
            ("Speke hotel", "Kampala"),
        ),
    ],
)
def test_counted_places_only_when_counted_and_alone(
    extract: Any, text: str, wrong: tuple[str, str]
) -> None:
    """Not for a single introduction that far back, nor with another town by the name."""
    assert wrong not in pairs(extract(text, published="2015-06-10"), "located_in")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers were racing to Teluk Bahang in Penang state, where the ferry sank.",
            ("Teluk Bahang", "Penang"),
        ),
        (
            "Aid teams rushed to Lhok Sukon in Aceh province after the floods.",
            ("Lhok Sukon", "Aceh province"),
        ),
    ],
)
def test_person_read_places_gone_to_in_a_region(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A name read as a person's, gone to and in a named region, is a place in the region."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "located_in")
    assert node_types(graph)[expected[0]] == "Place"


@pytest.mark.parametrize(
    "text",
    [
        # a letter sent to a person: no going, a person
        "Officials sent a letter to Ahmad Zahid in Penang state on Monday.",
        # a person "from" a region is not in it as a place
        "Officials met Ahmad Zahid from Penang state on Monday.",
    ],
)
def test_person_read_places_keep_people(extract: Any, text: str) -> None:
    """A person written to, or from a region, stays a person placed nowhere."""
    graph = extract(text, published="2015-06-10")
    assert node_types(graph)["Ahmad Zahid"] == "Person"
    assert "Ahmad Zahid" not in {s for s, _ in pairs(graph, "located_in")}


def test_later_counties_not_in_a_river(extract: Any) -> None:
    """A river named before a county is no region the county lies in."""
    graph = extract(
        "Floods swept along the Guadalupe River on Monday. "
        "Those killed in Kerr County included children.",
        published="2015-06-10",
    )
    assert not {o for s, o in pairs(graph, "located_in") if s.startswith("Kerr")} & {
        "Guadalupe River",
        "Guadalupe",
    }
