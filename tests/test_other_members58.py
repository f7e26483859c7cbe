"""A named person among "other" people of a body ("Morsi and other Brotherhood leaders",
"X and two other members of the Nour Party") is its member (kg/extract/body_members.py
other_members), with the real model on sentences about actors other than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # the body named in front of the people noun
    (
        "A court sentenced Mohamed Badie and other Brotherhood leaders to death.",
        ("Mohamed Badie", "member_of", "Muslim Brotherhood"),
    ),
    (
        "Police detained Ahmed Said and three other Hamas officials in Gaza.",
        ("Ahmed Said", "member_of", "Hamas"),
    ),
    # the body after the noun's "of"
    (
        "Ahmed Said and two other members of the Nour Party were arrested.",
        ("Ahmed Said", "member_of", "Nour Party"),
    ),
    (
        "Kim Dae-jung and four other lawmakers of the Democratic Party walked out.",
        ("Kim Dae-jung", "member_of", "Democratic Party"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_other_members_person_among_them(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A person coordinated with "other" members, officials or lawmakers of a named body is
    one of its members."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a noun of those against the body or held by it: no member
    ("Ali Nasser and other critics of Hamas were arrested.", "Ali Nasser"),
    ("Ali Nasser and other hostages of the Islamic State were freed.", "Ali Nasser"),
    # no body: a people, the world, no name
    ("Vladimir Putin and other Russian officials denied the claims.", "Vladimir Putin"),
    ("Barack Obama and other world leaders met in Paris.", "Barack Obama"),
    ("Ali Nasser and other activists marched in Cairo.", "Ali Nasser"),
    # "other" that does not make the person one of them
    ("Ali Nasser met other Hamas leaders in Doha.", "Ali Nasser"),
]


@pytest.mark.parametrize(("text", "person"), NO_CLAIM)
def test_other_members_no_claim(extract: Any, text: str, person: str) -> None:
    """Critics or hostages of a body, a people or no named body, and a person not
    coordinated with the "other" people: no membership."""
    found = triples(extract(text, published="2015-05-15"))
    assert not any(s == person and p == "member_of" for s, p, _ in found), found
