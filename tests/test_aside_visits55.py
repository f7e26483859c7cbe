"""Visits told in an aside (``kg/extract/interactions.py`` ``_aside_status``,
``kg/extract/visits.py`` ``_visiting_aside``, ``kg/extract/spoken_visits.py``): "X, on a visit
to Y, urged ..." is a visit made, not the main clause's request; "X, visiting Y, ..." and "X,
speaking in Y during a visit, ..." are visits; an address from afar ("in a televised address
to a summit in Y") is none. Sentences of our own about other actors than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, statuses

# sentence, visit claim, the statuses it must have exactly
MADE: list[tuple[str, Triple, set[str]]] = [
    (
        "Angela Merkel, on a visit to Beijing, urged China to open its markets.",
        ("Angela Merkel", "visited", "Beijing"),
        {"occurred"},
    ),
    (
        "During a visit to Nairobi, Recep Tayyip Erdogan called on Kenya to close the schools.",
        ("Recep Tayyip Erdogan", "visited", "Nairobi"),
        {"occurred"},
    ),
    (
        "Shinzo Abe, on a two-day visit to Canberra, wants to sign a trade deal.",
        ("Shinzo Abe", "visited", "Canberra"),
        {"occurred"},
    ),
    (
        "Vladimir Putin, visiting Budapest, praised Hungary.",
        ("Vladimir Putin", "visited", "Budapest"),
        {"occurred"},
    ),
    (
        "Mahmoud Abbas, visiting Moscow, praised Russia.",
        ("Mahmoud Abbas", "visited", "Moscow"),
        {"occurred"},
    ),
    (
        "Xi Jinping, visiting London, signed deals worth billions.",
        ("Xi Jinping", "visited", "London"),
        {"occurred"},
    ),
    (
        "Li Keqiang, speaking in Brasilia during a three-day visit, praised Brazil.",
        ("Li Keqiang", "visited", "Brasilia"),
        {"occurred"},
    ),
    (
        "Ashraf Ghani, on a visit to Beijing, did not meet Xi Jinping.",
        ("Ashraf Ghani", "visited", "Beijing"),
        {"occurred"},
    ),
    (
        "During a visit to Kabul next week, John Kerry will meet Ashraf Ghani.",
        ("John Kerry", "visited", "Kabul"),
        {"planned"},
    ),
    (
        "Park Geun-hye, on her upcoming visit to Washington, will urge the US to act.",
        ("Park Geun-hye", "visited", "Washington"),
        {"planned"},
    ),
]

# sentence, a visit claim it must not make
NONE: list[tuple[str, Triple]] = [
    (
        "David Cameron, in a televised address to a summit in Berlin, praised Germany.",
        ("David Cameron", "visited", "Berlin"),
    ),
    (
        "Hassan Rouhani, in a video message to a conference in Geneva, urged the UN to act.",
        ("Hassan Rouhani", "visited", "Geneva"),
    ),
    (
        "Jacob Zuma addressed the summit in Addis Ababa by video link on Monday.",
        ("Jacob Zuma", "visited", "Addis Ababa"),
    ),
    (
        "Dilma Rousseff, a visiting professor in Lisbon, praised Portugal.",
        ("Dilma Rousseff", "visited", "Lisbon"),
    ),
    (
        "Nawaz Sharif, speaking in Islamabad on Monday, praised China.",
        ("Nawaz Sharif", "visited", "Islamabad"),
    ),
    (
        "Benjamin Netanyahu urged Congress to block a visit to Tehran.",
        ("Benjamin Netanyahu", "visited", "Tehran"),
    ),
    (
        "Ashraf Ghani called on Nawaz Sharif to make a visit to Kabul.",
        ("Ashraf Ghani", "visited", "Kabul"),
    ),
    (
        "Vladimir Putin, speaking in Moscow during a visit by Xi Jinping, praised China.",
        ("Vladimir Putin", "visited", "Moscow"),
    ),
    (
        "Angela Merkel, in a video address to a conference in Rome, urged Italy to act.",
        ("Angela Merkel", "visited", "Rome"),
    ),
    (
        "Tony Abbott, visiting the troops, praised their courage in Baghdad.",
        ("Tony Abbott", "visited", "Baghdad"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "expected"), MADE)
def test_aside_visits_made(extract: Any, sentence: str, triple: Triple, expected: set[str]) -> None:
    """A visit an aside tells is a visit, with the aside's own status."""
    assert statuses(extract(sentence), triple) == expected


@pytest.mark.parametrize(("sentence", "triple"), NONE)
def test_aside_visits_none(extract: Any, sentence: str, triple: Triple) -> None:
    """A remote address, a title, a speech at home or a visit asked of another is none."""
    assert not statuses(extract(sentence), triple)


@pytest.mark.parametrize(
    ("sentence", "triple", "status"),
    [
        (
            "Benjamin Netanyahu urged Congress to back a visit to Tehran by Hassan Rouhani.",
            ("Hassan Rouhani", "visited", "Tehran"),
            "occurred",
        ),
    ],
)
def test_aside_visits_asked_stays_asked(
    extract: Any, sentence: str, triple: Triple, status: str
) -> None:
    """A visit that is the object of a request, no aside, keeps the request's status."""
    assert status not in statuses(extract(sentence), triple)
