"""Those who meet in a named place, with no partner named, visited it
(``kg/extract/meeting_places.py``): "the African leaders currently meeting in Kenya",
"NATO foreign ministers met in Antalya". Sentences of our own, about other actors than the
article that showed the form."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses

FOUND = [
    (
        "The African leaders currently meeting in Kenya called for an end to the violence.",
        ("African leaders", "Kenya"),
    ),
    ("NATO foreign ministers met in Antalya on Wednesday.", ("NATO foreign ministers", "Antalya")),
    ("Arab foreign ministers will meet in Cairo next week.", ("Arab foreign ministers", "Cairo")),
    ("Chinese diplomats met in Paris on Monday.", ("Chinese diplomats", "Paris")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_meeting_places_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Who meets in a named place, with no one they meet named, visits it."""
    assert pair in pairs(extract(text, published="2015-05-15"), "visited")


NOT_FOUND = [
    # a partner named: a meeting with its place, no visit from this rule
    ("Angela Merkel met with Barack Obama in Berlin on Monday.", ("Angela Merkel", "Berlin")),
    # two named subjects meet each other: the met claim carries the place
    ("Macri and Bachelet could meet in Lima, Peru.", ("Mauricio Macri", "Lima")),
    # a group of the place's own country, or a person, meets at home
    ("Chinese diplomats met in Beijing on Monday.", ("Chinese diplomats", "Beijing")),
    ("Angela Merkel met in Berlin on Monday.", ("Angela Merkel", "Berlin")),
    # crowds gather where they live ("gather" is no meeting verb)
    ("Arab protesters gathered in Cairo on Friday.", ("Arab protesters", "Cairo")),
]


@pytest.mark.parametrize(("text", "pair"), NOT_FOUND)
def test_meeting_places_not_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """A meeting with a named partner, at home, or a crowd gathering: no visit."""
    assert pair not in pairs(extract(text, published="2015-05-15"), "visited")


def test_meeting_places_planned(extract: Any) -> None:
    """A meeting to come makes a planned visit."""
    graph = extract("Arab foreign ministers will meet in Cairo next week.", published="2015-05-15")
    assert statuses(graph, ("Arab foreign ministers", "visited", "Cairo")) == {"planned"}


DESCRIBING = [
    (
        "Protesters were demanding that the African leaders currently meeting in Kenya should "
        "persuade Pierre Nkurunziza to go.",
        ("African leaders", "visited", "Kenya"),
    ),
    # the parser makes the participle a complement of "demanding"
    (
        "While protesters were demanding that the Arab leaders currently meeting in Paris "
        "should persuade Bashar al-Assad to go; rival factions clashed in the capital.",
        ("Arab leaders", "visited", "Paris"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), DESCRIBING)
def test_meeting_places_describing_participle(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Who are meeting now, named in a demand on them, visit the place now: the demand's
    mood is not the visit's."""
    graph = extract(text, published="2015-05-15")
    assert statuses(graph, triple) == {"occurred"}, pairs(graph, "visited")
