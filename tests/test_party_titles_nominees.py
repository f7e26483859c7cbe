"""A nominee's noun a party owns, beside a person's name (kg/extract/party_titles.py
``_owned_nominee``, the nouns in kg/data/en/titles.json "nominee_nouns"): "the Conservative
Party's candidate, X", "X, the candidate of the Labour Party", "the candidate for Ahora Madrid,
Y" make the person ``member_of`` the party. Not a city's or a country's candidate, nor a
party's rival. Sentences of our own about other actors than the article the rule was learned
from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    # text, expected (person, party) member_of pair
    (
        "The Conservative Party's candidate, Andrea Jenkyns, won the seat.",
        ("Andrea Jenkyns", "Conservative Party"),
    ),
    (
        "Andrea Jenkyns, the candidate of the Conservative Party, won the seat.",
        ("Andrea Jenkyns", "Conservative Party"),
    ),
    (
        "The candidate for the Conservative Party, Andrea Jenkyns, won the seat.",
        ("Andrea Jenkyns", "Conservative Party"),
    ),
    ("Labour's candidate, Naz Shah, won the seat.", ("Naz Shah", "Labour")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_party_titles_owned_nominee_is_member(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A party's candidate named beside the noun is a member of the party."""
    assert expected in pairs(extract(text, published="2015-05-10"), "member_of")


NOT_FOUND = [
    # text, a (person, owner) member_of pair that must not be claimed
    (
        "In the capital, the candidate for Madrid, Manuela Carmena, has come out of nowhere.",
        ("Manuela Carmena", "Madrid"),
    ),
    (
        "Qatar's candidate, Mohammed bin Hammam, lost the vote.",
        ("Mohammed bin Hammam", "Qatar"),
    ),
    (
        "The rival of the Conservative Party, Ed Miliband, lost.",
        ("Ed Miliband", "Conservative Party"),
    ),
]


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND)
def test_party_titles_unowned_nominee_is_no_member(
    extract: Any, text: str, unexpected: tuple[str, str]
) -> None:
    """A city's or a country's candidate and a party's rival are no party members."""
    assert unexpected not in pairs(extract(text, published="2015-05-10"), "member_of")
