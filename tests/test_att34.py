"""A "to" clause read as a relative clause on a plural or coordinated noun ("doesn't have any
plans or directives to target X"): the noun's owner would act, and the noun's mood (denied,
planned) is the act's (att34). Sentences are about other actors than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

Triple = tuple[str, str, str]

INTENTS: list[tuple[str, Triple, str]] = [
    (
        "Hezbollah doesn't have any plans or directives to target Israel.",
        ("Hezbollah", "attacked", "Israel"),
        "denied",
    ),
    (
        "Al-Shabab has no agenda to target Ethiopia unless provoked.",
        ("al-Shabab", "attacked", "Ethiopia"),
        "denied",
    ),
    (
        "Hezbollah has plans and directives to target Israel.",
        ("Hezbollah", "attacked", "Israel"),
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), INTENTS)
def test_infinitive_read_as_relative_clause_takes_the_nouns_mood(
    extract: Any, sentence: str, triple: Triple, status: str
) -> None:
    """ "no plans or directives to target X": the owner's act, with the noun's mood."""
    graph = extract(sentence, published="2015-05-28")
    assert statuses(graph, triple) == {status}, sorted(triples(graph))


def test_infinitive_on_a_thing_is_no_owners_act(extract: Any) -> None:
    """Only a noun of intent or effort lends its owner the act: weapons "to target X" are
    means, not a deed the owner did or plans."""
    graph = extract("Hezbollah has missiles to target Israel.", published="2015-05-28")
    assert ("Hezbollah", "attacked", "Israel") not in triples(graph)
