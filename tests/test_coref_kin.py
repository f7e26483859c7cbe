"""An unnamed person a person owns ("his brother", "her lawyer") and the one person the
article names with the same noun and owner (kg/extract/coref.py link_named_kin). Real model,
actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs

KIN = [
    # described first, named later: one person
    (
        "Activist Omar Haddad was arrested when police were searching for his brother, a "
        "senior member of the Labour Party.\n\nHis brother, Karim Haddad, was jailed in May.",
        ("brother", "Karim Haddad"),
    ),
    # someone else's brother is not his
    (
        "Omar Haddad said police were searching for his brother.\n\n"
        "Ali Mansour's brother, Karim Mansour, was jailed in May.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), KIN)
def test_coref_owned_person_is_the_one_named_with_that_owner(
    extract: Any, text: str, expected: tuple[str, str] | None
) -> None:
    """ "his brother" is the one person named as "his brother, Y" (not another owner's)."""
    pairs = {p for p in mention_pairs(extract(text), "nominal") if p[0] in ("brother", "lawyer")}
    assert pairs == ({expected} if expected else set())


@pytest.mark.parametrize(
    "text",
    [
        "Ali Hassan met Karim Saleh in Cairo in 2001. He became his aide two years later.",
        "Ali Hassan met Karim Saleh in Cairo in 2001. He was his deputy until 2009.",
    ],
)
def test_coref_possessive_on_the_subjects_predicate_is_someone_else(
    extract: Any, text: str
) -> None:
    """ "He became his aide": "his" is not the subject's own."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert ("he", "Ali Hassan") in pairs
    assert ("his", "Ali Hassan") not in pairs
