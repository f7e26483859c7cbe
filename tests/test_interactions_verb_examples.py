"""Examples of an attack verb's object (or passive subject) that the parser hangs on the
verb ("killed 12 people in X on Monday, including three soldiers"): targets too. Sentences
about other actors than the benchmark's, run through the real pinned model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, subject, predicate, the example that is an object too)
EXAMPLES = [
    (
        "Al-Shabab fighters killed 12 people in Garissa on Monday, including three Kenyan "
        "soldiers.",
        "al-Shabab",
        "attacked",
        "Kenyan soldiers",
    ),
    (
        "The Nusra Front has vowed to fight the regime and its militias across the country, "
        "including Hezbollah.",
        "Nusra Front",
        "attacked",
        "Hezbollah",
    ),
    (
        "Boko Haram fighters attacked several villages in Borno on Sunday, including Baga.",
        "Boko Haram",
        "attacked",
        "Baga",
    ),
    (
        # a passive's plural subject: its examples are victims too
        "Twelve people were killed by al-Shabab fighters in Garissa on Monday, including "
        "three Kenyan soldiers.",
        "al-Shabab",
        "attacked",
        "Kenyan soldiers",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), EXAMPLES)
def test_interactions_verb_examples_are_objects(
    extract: Any, text: str, subject: str, predicate: str, obj: str
) -> None:
    """An "including" phrase hung on the verb after a plural or coordinated object names
    objects of the verb."""
    graph = extract(text)
    assert claims_between(graph, subject, predicate, obj)


# (sentence, subject, predicate, the example that is no object)
NOT_EXAMPLES = [
    (
        # an unnamed plural subject: the examples may be the subject's
        "Several armed groups attacked the Kenyan police on Monday, including al-Shabab.",
        "Several armed groups",
        "attacked",
        "al-Shabab",
    ),
    (
        "Many gunmen fought the Kenyan police on Monday, including al-Shabab fighters.",
        "gunmen",
        "attacked",
        "al-Shabab",
    ),
    (
        # only attacks, in the passive too
        "Many lawmakers were criticised by the Kenyan president on Monday, including Moses "
        "Wetangula.",
        "Kenyan president",
        "criticized",
        "Moses Wetangula",
    ),
    (
        # only attacks: a list after a reproach is as often the reproachers'
        "Kenyan opposition leaders criticised the police officers on Monday, including Raila "
        "Odinga.",
        "Kenyan opposition",
        "criticized",
        "Raila Odinga",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), NOT_EXAMPLES)
def test_interactions_verb_examples_need_a_set_and_a_named_subject(
    extract: Any, text: str, subject: str, predicate: str, obj: str
) -> None:
    """No target from an "including" under an unnamed plural subject, nor an object of
    another predicate than an attack."""
    graph = extract(text)
    assert not claims_between(graph, subject, predicate, obj)
