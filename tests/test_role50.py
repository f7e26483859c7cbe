"""Roles and places, round 50 (role50).

What a body is made of (kg/extract/compositions.py): "the alliance is composed of A and B",
"the list consists of four parties: A, B, C and D", "the union comprises A, B and C": each
named part is a member of the whole. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, triples

COMPOSITIONS: list[Case] = [
    (
        "The National Alliance is composed of the Dawa Party and the Sadrist Movement.",
        ("Sadrist Movement", "member_of", "National Alliance"),
        None,
    ),
    (
        "The National Alliance is composed of the Dawa Party and the Sadrist Movement.",
        ("Dawa Party", "member_of", "National Alliance"),
        None,
    ),
    (
        "The African Union comprises Nigeria, Kenya and Ghana.",
        ("Kenya", "member_of", "African Union"),
        None,
    ),
    (
        "The Joint List consists of four parties: Hadash, Balad and the United Arab List.",
        ("United Arab List", "member_of", "Joint List"),
        None,
    ),
    # a described part is no part, only a named one
    (
        "The Fattah Army is made up of several armed groups, notably the Nusra Front.",
        ("Nusra Front", "member_of", "Fattah Army"),
        ("several armed groups", "member_of", "Fattah Army"),
    ),
    # a place's parts are no members: the whole must be a body
    (
        "The Kurdish region consists of Erbil and Dohuk.",
        None,
        ("Erbil", "member_of", "Kurdish region"),
    ),
    # "made of" without "up" tells no make-up of a body
    (
        "The European Union made a deal of Nigeria and Kenya.",
        None,
        ("Nigeria", "member_of", "European Union"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), COMPOSITIONS)
def test_compositions_parts_are_members(
    extract: Any, text: str, expected: Any, unwanted: Any
) -> None:
    """Each named part of a body's make-up is member_of the body; nothing else is."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if unwanted is not None:
        assert unwanted not in found
    assert not any(p == "member_of" and s == o for s, p, o in found)


def test_compositions_listed_party_names_are_bodies(extract: Any) -> None:
    """Every name listed under "parties:" is a member, the one the model reads as a person's
    ("Shas") too, and one the model left unlinked there is the node the article names
    elsewhere ("Kadima")."""
    graph = extract(
        "Kadima won six seats in Israel. The Israeli government consists of four parties: "
        "Likud, Shas, Meretz and Kadima.",
        published="2015-06-10",
    )
    found = triples(graph)
    member = {s for s, p, o in found if p == "member_of"}
    assert {"Likud", "Shas", "Kadima"} <= member
    assert "Israeli government" not in member


MISSIONS: list[Case] = [
    (
        "Protesters gathered outside the US embassy in Nairobi.",
        ("US embassy", "located_in", "Nairobi"),
        None,
    ),
    (
        "The Turkish consulate in Mosul was seized by gunmen.",
        ("Turkish consulate", "located_in", "Mosul"),
        None,
    ),
    # a capital named by its country is the city the article names for it
    (
        "Police fired in Nairobi on Monday. Students camped outside the French embassy in "
        "Kenya's capital.",
        ("French embassy", "located_in", "Nairobi"),
        None,
    ),
    # the place of another noun of a list is not the mission's
    (
        "Gunmen attacked the US embassy and a hotel in Nairobi.",
        ("hotel", "located_in", "Nairobi"),
        ("US embassy", "located_in", "Nairobi"),
    ),
    (
        "The US embassy said it was concerned about the killings in Mombasa.",
        None,
        ("US embassy", "located_in", "Mombasa"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), MISSIONS)
def test_missions_embassy_lies_in_its_place(
    extract: Any, text: str, expected: Any, unwanted: Any
) -> None:
    """An embassy or consulate lies in the named place of its "in" phrase, nowhere else."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if unwanted is not None:
        assert unwanted not in found
