"""Roles and places, round 50 (role50).

A body's parts listed after a colon (kg/extract/compositions.py): "the government - and that
says a lot - consists of three parties: A, B and C": each name listed is a member of the
whole, where the parser left the verb no subject or read a party's name as a person's.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed, node_types, triples

HUNGARY = (
    "Arguably the most hawkish Hungarian government in decades - and that says a lot - "
    "consists of three parties: Fidesz, Jobbik and the Christian Democratic People's Party."
)
ISRAEL = (
    "Kadima won six seats. The Israeli government - and that says a lot - consists of four "
    "parties: Likud, Shas, Meretz and Kadima."
)

FRONT = (
    "Likud won ten seats. The Unity Front consists of two parties: Ron Dagan's Likud and"
    " Yael Mor's Meretz."
)

LISTED_PARTS: list[Case] = [
    # the parser makes "government" the root and "consists" a noun: the whole is the root
    (HUNGARY, ("Christian Democratic People's Party", "member_of", "Hungarian government"), None),
    # a party's name the model reads as a person's is a listed part all the same
    (HUNGARY, ("Jobbik", "member_of", "Hungarian government"), None),
    # a name the model left unlinked in the list is the node the article names elsewhere
    (ISRAEL, ("Kadima", "member_of", "Israeli government"), None),
    (ISRAEL, ("Shas", "member_of", "Israeli government"), None),
    # a place's parts are no members: the whole must be a body
    (
        "Bagmati Province consists of three parties: the Nepali Congress, the Maoist Centre"
        " and the Janata Samajbadi Party.",
        None,
        ("Maoist Centre", "member_of", "Bagmati Province"),
    ),
    # a possessive's owner is no party: the noun it owns is
    (FRONT, ("Likud", "member_of", "Unity Front"), ("Ron Dagan", "member_of", "Unity Front")),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), LISTED_PARTS)
def test_compositions_listed_parts_are_members(
    extract: Any, text: str, expected: Any, unwanted: Any
) -> None:
    """Each name listed after "N parties:" is member_of the body made of them."""
    graph = extract(text, published="2015-06-10")
    check_kept_removed(graph, expected, unwanted)
    assert not any(p == "member_of" and s == o for s, p, o in triples(graph))


def test_compositions_listed_party_is_a_body(extract: Any) -> None:
    """A name listed under "parties:" that the model typed a person's is an organisation."""
    assert node_types(extract(HUNGARY, published="2015-06-10")).get("Jobbik") == "Organization"


def test_compositions_listed_owner_gets_no_vote(extract: Any) -> None:
    """A person owning a listed party ("Ron Dagan's Likud") keeps a person's type."""
    assert node_types(extract(FRONT, published="2015-06-10")).get("Ron Dagan") == "Person"
