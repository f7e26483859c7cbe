"""A person referred to by age alone across a sentence break (hard60): "X spoke on Monday. The
57-year-old met Y" links "old" to X (kg/extract/coref.py ``age_nominal``); the model tags
"57-year-old" as a date, and a date is nobody, so the link made no relation until an age
the coreference linked counted as the person (kg/extract/interactions.py ``_aged_person``).
Sentences of our own, about other actors than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # the age alone as the subject, in each voice, with an auxiliary or none
    (
        "Alexis Tsipras addressed parliament in Athens on Monday. The 40-year-old "
        "criticized the European Commission.",
        ("Alexis Tsipras", "criticized", "European Commission"),
    ),
    (
        "Aung San Suu Kyi returned to Yangon on Friday. The 70-year-old had met Ban Ki-moon "
        "in New York.",
        ("Aung San Suu Kyi", "met", "Ban Ki-moon"),
    ),
    (
        "Ahmed Maher led a protest in Cairo on Sunday. The 34-year-old was arrested by "
        "Egyptian police.",
        ("Egyptian police", "sanctioned", "Ahmed Maher"),
    ),
    # the previous sentence's subject, not its object
    (
        "Nicolas Maduro received Dilma Rousseff in Caracas. The 52-year-old then visited Havana.",
        ("Nicolás Maduro", "visited", "Havana"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # someone new by age ("A 52-year-old"), not the one named before
    (
        "Alexis Tsipras addressed parliament in Athens on Monday. A 40-year-old criticized "
        "the European Commission.",
        ("Alexis Tsipras", "criticized", "European Commission"),
    ),
    # the object of the sentence before is not the one the age stands for
    (
        "Nicolas Maduro received Dilma Rousseff in Caracas. The 52-year-old then visited Havana.",
        ("Dilma Rousseff", "visited", "Havana"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_age_alone_acts_as_the_person(extract: Any, text: str, expected: Triple) -> None:
    """The age alone, linked to the person before, is that person's act."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND)
def test_age_alone_is_no_one_else(extract: Any, text: str, unexpected: Triple) -> None:
    """An indefinite age is someone new; the age is the subject before, not its object."""
    assert unexpected not in triples(extract(text))
