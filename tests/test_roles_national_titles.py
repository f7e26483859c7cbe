"""Titles of one country's heads the lexicon lacked (place57): "Irish Taoiseach Enda Kenny"
leads Ireland, "Tanaiste X" is a member of its government (``roles`` and ``person_titles`` of
kg/data/en/titles.json); a title the model tagged as a person of its own right before the
name ("Taoiseach" + "Enda Kenny") is the name's title, no word of it
(kg/resolve/entities.py ``_join_names``), and one tagged as a place alone ("Enda Kenny,
Taoiseach of Ireland") is no place (``clean_span``). A title, "of" and a country right
before a name ("Prime Minister of Ireland Enda Kenny") is the country's office
(kg/extract/roles.py ``_title_of_country``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]

FOUND = [
    (
        "Irish Taoiseach Enda Kenny said the vote was historic.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Ireland's Taoiseach Enda Kenny welcomed the result.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Irish Taoiseach Leo Varadkar met the Dutch prime minister.",
        ("Leo Varadkar", "leader_of", "Ireland"),
    ),
    (
        "Irish Tanaiste Joan Burton said the coalition would hold.",
        ("Joan Burton", "member_of", "Ireland"),
    ),
    (
        "Enda Kenny, Taoiseach of Ireland, met Barack Obama.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Taoiseach of Ireland Enda Kenny met Barack Obama in Washington.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Prime Minister of Ireland Enda Kenny met Barack Obama.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Prime Minister of Japan Shinzo Abe visited the island.",
        ("Shinzo Abe", "leader_of", "Japan"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_roles_national_title_found(extract: Any, text: str, triple: Triple) -> None:
    """The titled person holds the country's office."""
    assert triple in triples(extract(text))


def test_roles_lone_title_is_no_name(extract: Any) -> None:
    """The title tagged apart from the name is not kept in the person's label."""
    types = node_types(extract("Ireland's Taoiseach Enda Kenny welcomed the result."))
    assert types.get("Enda Kenny") == "Person"
    assert "Taoiseach Enda Kenny" not in types


# (text, a claim that must not be made)
NOT_FOUND = [
    (
        "Enda Kenny said the vote in Ireland was historic.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Irish voters rejected the Taoiseach's plan, Gerry Adams said.",
        ("Gerry Adams", "leader_of", "Ireland"),
    ),
    (
        "Irish Taoiseach Enda Kenny met Joan Burton.",
        ("Joan Burton", "leader_of", "Ireland"),
    ),
    (
        "Irish Tanaiste Joan Burton said the coalition would hold.",
        ("Joan Burton", "leader_of", "Ireland"),
    ),
    (
        "Michael Jordan met President Obama in Washington.",
        ("Michael Jordan", "leader_of", "Jordan"),
    ),
    (
        "Jordan's King Abdullah met Michael Jordan in Amman.",
        ("Michael Jordan", "leader_of", "Jordan"),
    ),
    (
        "Fans of Ireland Enda Kenny and Bono cheered the team.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
    (
        "Supporters of Japan Shinzo Abe and his party rallied.",
        ("Shinzo Abe", "leader_of", "Japan"),
    ),
    (
        "The Prime Minister met the people of Ireland Enda Kenny had promised to help.",
        ("Enda Kenny", "leader_of", "Ireland"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_FOUND)
def test_roles_national_title_not_found(extract: Any, text: str, triple: Triple) -> None:
    """No office for a person the title is not written on."""
    assert triple not in triples(extract(text))
