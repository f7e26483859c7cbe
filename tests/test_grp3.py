"""Descriptive groups and "the two" (issue 12/13, grp3).

1. "the two", "the three" ... "the five" standing alone and opening a paragraph's references
   after a list of as many named persons in the paragraph before ("the retrial of X and Y. /
   Prosecutors have accused the two of ...") is that list: one claim per person
   (kg/extract/coref.py ``_note_list``, ``_group_the_two``); so is "the three" when such a list
   is the paragraph's latest persons. Not when the count differs, not
   when the list is two paragraphs back, not for "the two sides"/"the two countries" (a noun
   after the number), and not when the list is of places.
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "The trial of Ali Hassan and Omar Saleh resumed in Amman on Monday.\n\n"
            "Prosecutors have accused the two of spying for a foreign power.",
            "criticized",
            {("Prosecutors", "Ali Hassan"), ("Prosecutors", "Omar Saleh")},
        ),
        (
            "Police in Nairobi detained Ali Hassan, Omar Saleh and Samir Khalil on Monday.\n\n"
            "Prosecutors accused the three of planning an attack.",
            "criticized",
            {
                ("Prosecutors", "Ali Hassan"),
                ("Prosecutors", "Omar Saleh"),
                ("Prosecutors", "Samir Khalil"),
            },
        ),
        (
            "Police in Lagos held Ali Hassan, Omar Saleh and Samir Khalil on Monday. "
            "Prosecutors accused the three of planning an attack.",
            "criticized",
            {
                ("Prosecutors", "Ali Hassan"),
                ("Prosecutors", "Omar Saleh"),
                ("Prosecutors", "Samir Khalil"),
            },
        ),
    ],
)
def test_grp3_the_n_is_the_list_before(
    extract: Any, text: str, predicate: str, expected: set[tuple[str, str]]
) -> None:
    """ "the N" after a list of N named persons in the paragraph before: each of them."""
    assert expected <= pairs(extract(text, published="2015-05-20"), predicate)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of three is no "the two"
        (
            "Police in Nairobi detained Ali Hassan, Omar Saleh and Samir Khalil on Monday.\n\n"
            "Prosecutors accused the two of planning an attack.",
            "Ali Hassan",
        ),
        # the list two paragraphs back is too far
        (
            "The trial of Ali Hassan and Omar Saleh resumed in Amman on Monday.\n\n"
            "The hearing lasted four hours.\n\n"
            "Prosecutors have accused the two of spying for a foreign power.",
            "Ali Hassan",
        ),
        # another person named after the list: "the three" is not guessed
        (
            "Police in Lagos held Ali Hassan, Omar Saleh and Samir Khalil on Monday. "
            "Laila Aziz said they were innocent. "
            "Prosecutors accused the three of planning an attack.",
            "Samir Khalil",
        ),
        # a person and a country are no list of people
        (
            "The talks between Ali Hassan and Jordan resumed in Amman on Monday.\n\n"
            "Prosecutors have accused the two of spying for a foreign power.",
            "Ali Hassan",
        ),
    ],
)
def test_grp3_the_n_not_guessed(extract: Any, text: str, absent: str) -> None:
    """No list of as many persons in this paragraph or the one before: no referent."""
    accused = pairs(extract(text, published="2015-05-20"), "criticized")
    assert ("Prosecutors", absent) not in accused


def test_grp3_the_two_sides_is_no_list(extract: Any) -> None:
    """ "the two leaders" keeps its own reading; "the two sides" is no list of persons."""
    graph = extract(
        "The trial of Ali Hassan and Omar Saleh resumed in Amman on Monday.\n\n"
        "Prosecutors accused the two sides of lying.",
        published="2015-05-20",
    )
    assert ("Prosecutors", "Ali Hassan") not in pairs(graph, "criticized")
