"""Visits beyond the trigger verbs: a trip that takes someone to places, a foreigner at an
event, a stay that leaving a city presupposes; and who is no visitor. Sentences about actors
other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

NIGERIA = (
    "Nigeria swears in Buhari\n\nMuhammadu Buhari will be sworn in as Nigeria's president on "
    "Friday, the first Nigerian opposition leader to win power.\n\nNigerian police closed "
    "roads in the capital.\n\n"
)

VISITS: list[tuple[str, str, set[tuple[str, str, str]]]] = [
    # (text, published, {(person, place, status)})
    (
        "Narendra Modi will stop in Beijing for two days, part of a tour that will then take "
        "him to Seoul, Hanoi and Tokyo.",
        "2015-05-10",
        {
            ("Narendra Modi", "Seoul", "planned"),
            ("Narendra Modi", "Hanoi", "planned"),
            ("Narendra Modi", "Tokyo", "planned"),
        },
    ),
    (
        "The tour will bring Narendra Modi to Seoul and Tokyo.",
        "2015-05-10",
        {("Narendra Modi", "Seoul", "planned"), ("Narendra Modi", "Tokyo", "planned")},
    ),
    (
        NIGERIA + "Heads of state, including Kenya's Uhuru Kenyatta, and dignitaries such as "
        "British Foreign Secretary Philip Hammond, are to attend Friday's inauguration.",
        "2015-05-27",
        {("Uhuru Kenyatta", "Nigeria", "planned"), ("Philip Hammond", "Nigeria", "planned")},
    ),
    (
        "Shinzo Abe was due to meet Narendra Modi later on Sunday before leaving Delhi.",
        "2015-05-10",
        {("Shinzo Abe", "Delhi", "occurred")},
    ),
    (
        "Shinzo Abe spoke at a security conference in Berlin in March.",
        "2015-05-10",
        {("Shinzo Abe", "Berlin", "occurred")},
    ),
    (  # a verbless clause of a stay
        "While in Paris, Kerry met Laurent Fabius on Monday.",
        "2015-05-10",
        {("John Kerry", "Paris", "occurred")},
    ),
    # a return, with no object, to a place abroad (visit1)
    (
        "US Secretary of State John Kerry returned to Geneva on Sunday to resume the talks.",
        "2015-05-10",
        {("John Kerry", "Geneva", "occurred")},
    ),
    (
        "Sergei Lavrov will return to Vienna and Geneva next week.",
        "2015-05-10",
        {("Sergei Lavrov", "Vienna", "planned"), ("Sergei Lavrov", "Geneva", "planned")},
    ),
    # a travel verb's way back: "to" hangs on "back" (visit1)
    (
        "Sergei Lavrov flew back to Geneva for more talks.",
        "2015-05-10",
        {("Sergei Lavrov", "Geneva", "occurred")},
    ),
    (
        "Ghanaian President John Mahama travelled back to Paris on Friday.",
        "2015-05-10",
        {("John Mahama", "Paris", "occurred")},
    ),
]


def _visits(graph: Any) -> set[tuple[str, str, str]]:
    return {
        (graph.entities[r.subject].label, graph.entities[r.object].label, r.qualifiers.status.value)
        for r in graph.claims
        if r.predicate.value == "visited"
    }


@pytest.mark.parametrize(("text", "published", "expected"), VISITS)
def test_visits_constructions(
    extract: Any, text: str, published: str, expected: set[tuple[str, str, str]]
) -> None:
    """Each construction gives the visits it tells of, with their status."""
    found = _visits(extract(text, published=published))
    assert expected <= found, found


NO_VISITS = [
    "Angela Merkel attended a ceremony in Berlin.",  # at home
    "Refugees crossed the border after leaving Aleppo.",  # not a person's stay
    "Shinzo Abe spoke at a news conference in Berlin.",  # a statement
    "Shinzo Abe said he might attend a ceremony in Berlin.",  # hypothetical
    "Shinzo Abe met Narendra Modi after leaving for Delhi.",  # leaving for: not there yet
    "While in Paris, Francois Hollande met Shinzo Abe.",  # at home
    "French President Francois Hollande returned to Paris on Sunday.",  # a return home
    "The Conservative Party returned to power in Britain.",  # no place gone to
    "Japan returned the islands to China.",  # gives back: an object
    "Syrian rebels fell back to Aleppo.",  # a retreat, no travel verb
]


@pytest.mark.parametrize("text", NO_VISITS)
def test_visits_not_read_as_visits(extract: Any, text: str) -> None:
    """A leader at home, a group leaving, a press conference, a maybe, a return to power or
    of something given back: no visit."""
    assert not _visits(extract(text, published="2015-05-10"))


def test_visits_trip_date_follows_the_event(extract: Any) -> None:
    """A foreigner attending an event the article places nowhere visits the article's
    country on the event's day."""
    graph = extract(
        NIGERIA + "Heads of state, including Kenya's Uhuru Kenyatta, are to attend Friday's "
        "inauguration.",
        published="2015-05-27",
    )
    dates = {r.qualifiers.date for r in graph.claims if r.predicate.value == "visited"}
    assert dates == {"2015-05-29"}


HOMECOMINGS: list[tuple[str, tuple[str, str] | None]] = [
    # (text, a visit it still tells of); an arrival in one's own country is none
    ("Nigerian President Muhammadu Buhari arrived in Abuja on Sunday.", None),
    ("Ghanaian President John Mahama landed in Accra on Friday.", None),
    (
        "Sudanese President Omar al-Bashir touched down in Khartoum after a trip to Ethiopia.",
        ("Omar al-Bashir", "Ethiopia"),
    ),
    ("Ghanaian President John Mahama landed in Paris on Friday.", ("John Mahama", "Paris")),
]


@pytest.mark.parametrize(("text", "abroad"), HOMECOMINGS)
def test_visits_arrival_at_home_is_no_visit(
    extract: Any, text: str, abroad: tuple[str, str] | None
) -> None:
    """An arrival verb's person in a city of their own country visits nowhere; abroad does."""
    found = {(p, place) for p, place, _ in _visits(extract(text, published="2015-05-10"))}
    assert found == ({abroad} if abroad else set()), found
