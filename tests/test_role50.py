"""Roles and places, round 50 (role50).

A body's parts listed after a colon (kg/extract/compositions.py): "the government - and that
says a lot - consists of three parties: A, B and C": each name listed is a member of the
whole, where the parser left the verb no subject or read a party's name as a person's.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, node_types, triples

HUNGARY = (
    "Arguably the most hawkish Hungarian government in decades - and that says a lot - "
    "consists of three parties: Fidesz, Jobbik and the Christian Democratic People's Party."
)
ISRAEL = (
    "Kadima won six seats. The Israeli government - and that says a lot - consists of four "
    "parties: Likud, Shas, Meretz and Kadima."
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
        "The Nepalese province consists of three districts: Lalitpur, Kathmandu and Bhaktapur.",
        None,
        ("Kathmandu", "member_of", "Nepalese province"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "unwanted"), LISTED_PARTS)
def test_compositions_listed_parts_are_members(
    extract: Any, text: str, expected: Any, unwanted: Any
) -> None:
    """Each name listed after "N parties:" is member_of the body made of them."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if unwanted is not None:
        assert unwanted not in found
    assert not any(p == "member_of" and s == o for s, p, o in found)


def test_compositions_listed_party_is_a_body(extract: Any) -> None:
    """A name listed under "parties:" that the model typed a person's is an organisation."""
    assert node_types(extract(HUNGARY, published="2015-06-10")).get("Jobbik") == "Organization"
