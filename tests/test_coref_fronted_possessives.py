"""Person pronouns ahead of their antecedent (kg/extract/coref.py): a possessive in a phrase
fronted before the main clause's subject. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs

FRONTED = [
    # "During his visit to X, Y announced": the visit is Y's
    (
        "Ashraf Ghani met Narendra Modi in Delhi on Monday. During his visit to Kabul on "
        "Tuesday, Prime Minister Nawaz Sharif announced a new trade deal.",
        ("his", "Nawaz Sharif"),
        ("his", "Narendra Modi"),
    ),
    # "In her speech, Y said"
    (
        "Ashraf Ghani met Narendra Modi in Delhi on Monday. In her speech on Tuesday, "
        "Chancellor Angela Merkel criticized Russia.",
        ("her", "Angela Merkel"),
        ("her", "Narendra Modi"),
    ),
    # a participle clause fronted: "Speaking after his talks with X, Y said"
    (
        "Ashraf Ghani met Narendra Modi in Delhi on Monday. Speaking after his talks with "
        "Modi, Prime Minister Nawaz Sharif criticized India.",
        ("his", "Nawaz Sharif"),
        ("his", "Narendra Modi"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), FRONTED)
def test_coref_fronted_possessive_is_the_subject_ahead(
    extract: Any, text: str, present: tuple[str, str], absent: tuple[str, str]
) -> None:
    """A possessive in a fronted phrase is the main clause's named person subject's."""
    found = mention_pairs(extract(text, published="2015-05-20"), "pronoun")
    assert present in found
    assert absent not in found


NOT_FRONTED = [
    # the subject ahead is no named person: the person before stays the antecedent
    (
        "Ashraf Ghani met Narendra Modi in Delhi on Monday. After his arrest on Tuesday, "
        "police said Sharif had been released.",
        ("his", "Sharif"),
    ),
    # the possessive after the subject: the subject's, as before
    (
        "Ashraf Ghani met Narendra Modi in Delhi on Monday. Prime Minister Nawaz Sharif "
        "criticized India in his speech on Tuesday.",
        ("his", "Narendra Modi"),
    ),
]


@pytest.mark.parametrize(("text", "absent"), NOT_FRONTED)
def test_coref_possessive_without_fronted_subject_is_not_cataphoric(
    extract: Any, text: str, absent: tuple[str, str]
) -> None:
    """No subject ahead is taken when it is not a named person or the phrase is not fronted."""
    assert absent not in mention_pairs(extract(text, published="2015-05-20"), "pronoun")
