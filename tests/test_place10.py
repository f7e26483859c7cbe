"""Named places inside named places (issue 12/13 recall, place10).

1. "the Ugandan capital, Kampala, ...": the name after an owned "capital" and its comma, which
   the parser hung on the verb or the clause's subject, is that owner's capital, when its
   phrase closes with a comma or a stop (kg/extract/places.py ``_capitals_before``).
2. "the Tishreen hospital in Latakia": proper nouns the model did not tag, right after "the"
   and before a facility noun, name the facility when an "in" places it in a named town or
   area; the facility lies there (kg/extract/places.py ``_untagged_site``).
   A place's name the parser read as an adjective ("the Yarmouk refugee camp in Damascus")
   names the facility as a tagged compound does (kg/extract/places.py ``_facilities``).
3. "the Kenyan capital, Nairobi, and in Mombasa": an "in" after a list's "and" places the
   list's next item, not the name before it (kg/extract/places.py ``_in_after``).
4. A sector's collective actor ("Greek business" in "a Greek business and policy magazine")
   is no place an organisation lies in (kg/extract/bases.py ``_collective``).
Sentences of our own about other places than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two students are set to appear in a court in the Ugandan capital, Kampala, for "
            "a bail hearing.",
            ("Kampala", "Uganda"),
        ),
        (
            "Two reporters in the Peruvian capital, Lima, said the vote was fair.",
            ("Lima", "Peru"),
        ),
        ("Police in the Canadian capital, Ottawa, said.", ("Ottawa", "Canada")),
        ("A shell hit the Tishreen hospital in Latakia.", ("Tishreen hospital", "Latakia")),
        (
            "A car bomb exploded outside the Zaytouna mosque in Homs.",
            ("Zaytouna mosque", "Homs"),
        ),
        (
            "Protesters gathered outside the Mendez school in Lima.",
            ("Mendez school", "Lima"),
        ),
        # a place's name the parser reads as an adjective before a facility noun
        (
            "Aid workers attacked the Yarmouk refugee camp in Damascus, officials said.",
            ("Yarmouk refugee camp", "Damascus"),
        ),
    ],
)
def test_place10_located(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """The town lies in the capital's owner; the named facility lies in its town."""
    assert expected in pairs(extract(text), "located_in")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a person after the capital's comma is no town
        ("Fighting broke out in the Libyan capital, Farouk Ahmed said.", "Farouk Ahmed"),
        # no place after the facility: no placed facility
        ("A rocket struck the Karadeniz clinic in the morning.", "Karadeniz clinic"),
        ("The Tishreen hospital was hit on Sunday.", "Tishreen hospital"),
    ],
)
def test_place10_not_located(extract: Any, text: str, subject: str) -> None:
    """No located_in for a name that is no place or a facility placed nowhere."""
    assert not [p for p in pairs(extract(text), "located_in") if p[0] == subject]


def test_place10_list_and_in_is_no_container(extract: Any) -> None:
    """ "X, and in Y": Y is the list's next place, not X's container."""
    graph = extract("Voters queued in the Kenyan capital, Nairobi, and in Mombasa on Monday.")
    located = pairs(graph, "located_in")
    assert ("Nairobi", "Mombasa") not in located
    assert ("Nairobi", "Kenya") in located


def test_place10_sector_people_are_no_place(extract: Any) -> None:
    """ "a Greek business and policy magazine": "Greek business" is a sector's people, no
    place a body lies in (kg/extract/bases.py ``_collective``); the demonym's country still
    is."""
    graph = extract(
        "Maria Costa, a journalist with Panorama, a Greek business and policy magazine, said "
        "the deal was weak."
    )
    assert not [p for p in pairs(graph, "located_in") if p[1] == "Greek business"]
