"""Facilities named after their town ("the Kunduz hospital", "the Quetta airport") are things
of their own that attacks can target; only a town's airport or port is placed in the town."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, node_types, triples

CASES: list[Case] = [
    # a town's facility attacked: the facility is the target, not the town
    (
        "Taliban fighters stormed the Kunduz hospital on Tuesday.",
        ("Taliban", "attacked", "Kunduz hospital"),
        ("Taliban", "attacked", "Kunduz"),
    ),
    (
        "Militants seized the Ras Lanuf refinery in January.",
        ("Militants", "attacked", "Ras Lanuf refinery"),
        None,
    ),
    (
        "Al-Shabab fighters attacked the Garissa university and killed 148 students.",
        ("al-Shabab", "attacked", "Garissa university"),
        None,
    ),
    # a town's airport lies in the town ...
    (
        "Protesters marched to the Kabul airport, police said.",
        ("Kabul airport", "located_in", "Kabul"),
        None,
    ),
    # ... a refinery or a hospital named after a town need not
    (
        "Rebels shelled the Misrata refinery overnight.",
        ("Rebels", "attacked", "Misrata refinery"),
        ("Misrata refinery", "located_in", "Misrata"),
    ),
    (
        "Taliban fighters stormed the Kunduz hospital on Tuesday.",
        None,
        ("Kunduz hospital", "located_in", "Kunduz"),
    ),
    # a country's embassy is no facility of its own: it is a state body of its country, as a
    # ministry is (gen51: ``body_nouns``), coded with the country and GOV
    (
        "Houthi fighters stormed the US embassy on Friday.",
        ("Houthis", "attacked", "US embassy"),
        ("Houthis", "attacked", "US government"),
    ),
    # a longer facility's name is the facility named inside it: one node with the short name
    (
        "Fighters stormed the Beiji refinery complex in northern Iraq. Troops retook the "
        "Beiji refinery on Monday.",
        ("Beiji refinery", "located_in", "Iraq"),
        ("Beiji refinery complex", "located_in", "Iraq"),
    ),
    # a facility placed by the text keeps its place
    (
        "Gunmen attacked the Jenin refugee camp in the West Bank.",
        ("Jenin refugee camp", "located_in", "West Bank"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES)
def test_places_town_facilities_are_targets(
    extract: Any, text: str, present: tuple[str, str, str] | None, absent: Any
) -> None:
    """A town-named facility is a node events target; it lies in the town only if an airport."""
    got = triples(extract(text))
    if present is not None:
        assert present in got, got
    if absent is not None:
        assert absent not in got, got


NODES: list[tuple[str, str]] = [
    ("Rebels shelled the Misrata refinery overnight.", "Misrata refinery"),
    ("Gunmen attacked the Quetta airport on Sunday, officials said.", "Quetta airport"),
    ("Troops bombed the Mafa camp where Boko Haram fighters were hiding.", "Mafa camp"),
]


@pytest.mark.parametrize(("text", "label"), NODES)
def test_places_town_facility_is_a_place_node(extract: Any, text: str, label: str) -> None:
    """ "the Mafa camp" is one place node, not only the town Mafa."""
    assert node_types(extract(text)).get(label) == "Place"


def test_places_town_facility_indefinite_is_no_node(extract: Any) -> None:
    """ "a Nairobi hotel" is some hotel in the town, no named place ("the Nairobi hotel" is)."""
    labels = node_types(extract("Negotiators met at a Nairobi hotel on Friday."))
    assert "Nairobi hotel" not in labels
    assert labels.get("Nairobi") == "City"
    assert node_types(extract("Negotiators met at the Nairobi hotel.")).get("Nairobi hotel")
