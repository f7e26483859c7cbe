"""Stances on the public issues a story is about (issues60): a reform, tests, a crackdown, an
operation or a deterrent named in the story's opening or more than once is an Event node of
the article that actors back or oppose, "the reform" / "the tests" after it refer to it, and
one named once in passing makes none (kg/extract/decisions.py, ``decisions.issues``); a
naming verb's disparaging verdict on a document criticises it, and a stance noun it draws is
one on it ("drew criticism from X"; kg/extract/measures.py); the ends of a range ("everyone
from X to Y") back or oppose what the range's word does (kg/extract/stance_holders.py).
Sentences of our own, about other actors than the articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # classed in the opening sentence; a stance noun under a voicing verb
    (
        "Chilean President Gabriel Boric has declared his support for the pension reform.",
        ("Gabriel Boric", "supported", "pension reform"),
    ),
    # the opening's plural issue, then "the tests" in a later sentence
    (
        "Kenya urged to end HIV tests for police recruits. Police spokesman Bruno Shioso "
        "defended the tests on Monday.",
        ("Bruno Shioso", "supported", "HIV tests"),
    ),
    # named twice after the opening: the story's issue, whatever is said of its owner
    (
        "Paris hosted a summit on Monday. France's nuclear deterrent has been based at Brest "
        "since 1972. The Socialist Party and the Republicans both support France's nuclear "
        "deterrent.",
        ("Socialist Party", "supported", "France's nuclear deterrent"),
    ),
    # a passive stance on the opening's issue
    (
        "The labour reform has been criticised by the Democratic Party.",
        ("Democratic Party", "criticized", "labour reform"),
    ),
    # "the reform" two sentences after the opening introduced "a pension reform"
    (
        "Brazil's Congress debated a pension reform on Monday. Lawmakers met in Brasilia. The "
        "Brazilian Democratic Movement opposes the reform.",
        ("Brazilian Democratic Movement", "criticized", "pension reform"),
    ),
    # named once after the opening and taken up again by "the reform": the story's issue
    (
        "Rain fell in Oslo on Monday. Norway's parliament will vote on a tax reform next week. "
        "The reform has been opposed by the Centre Party.",
        ("Centre Party", "criticized", "tax reform"),
    ),
    # the plural and the singular name one issue, twice
    (
        "Rain fell in Lisbon on Monday. Portugal's unions marched against pension reforms. "
        "The Socialist Party backed the pension reform.",
        ("Socialist Party", "supported", "pension reform"),
    ),
    (
        "Mexico's teachers rallied against the education reforms on Monday. The National "
        "Action Party has defended the reforms.",
        ("National Action Party", "supported", "education reforms"),
    ),
    # a stance noun the document draws, its giver after "from" (on the noun or the verb) or
    # its owner
    (
        "Chile's government unveiled a pension reform on Monday. The reform has drawn "
        "criticism from the Socialist Party.",
        ("Socialist Party", "criticized", "pension reform"),
    ),
    (
        "The Conga mine project has won praise from the Peruvian government.",
        ("Peruvian government", "supported", "Conga mine project"),
    ),
    (
        "The referendum drew the European Union's condemnation.",
        ("European Union", "criticized", "referendum"),
    ),
    # a stance on a deed the story is about stays the doer's (below: and no more)
    (
        "Russia's military intervention in Syria began on Monday. Turkey condemned Russia's "
        "military intervention.",
        ("Turkey", "criticized", "Russia"),
    ),
    # the ends of a range after an unnamed subject, and a name the model would run on over
    # "to" into the other end
    (
        "Everyone from the Green Party to Amnesty International has condemned the ruling.",
        ("Green Party", "criticized", "ruling"),
    ),
    (
        "Many, from the Green Party to Amnesty International, have condemned the ruling.",
        ("Amnesty International", "criticized", "ruling"),
    ),
    (
        "The ruling has been condemned by many, from the Socialist Party to the European "
        "Commission.",
        ("Socialist Party", "criticized", "ruling"),
    ),
    # a naming verb with a disparaging verdict on a ruling
    (
        "Amnesty International described the ruling as unacceptable.",
        ("Amnesty International", "criticized", "ruling"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # an issue named once, after the opening: none of the story's issues
    (
        "Rain fell in Oslo on Monday. Ministers met in the city. The Labour Party backed the "
        "tax reform.",
        ("Labour Party", "supported", "tax reform"),
    ),
    # a stance on a deed the story is about whose doer another rule found is one on the doer
    # alone
    (
        "Russia's military intervention in Syria began on Monday. Turkey condemned Russia's "
        "military intervention.",
        ("Turkey", "criticized", "Russia's military intervention"),
    ),
    # a document noun's plural stays no node ("government plans" are the government's)
    (
        "Thousands of people protested against government plans to close rural schools.",
        ("Thousands of people", "criticized", "government plans"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_decisions_issue_stance_found(extract: Any, text: str, triple: Triple) -> None:
    """A stance on an issue the story is about, or a naming verdict on a document, is found."""
    assert triple in triples(extract(text))


@pytest.mark.parametrize(("text", "triple"), NOT_FOUND)
def test_decisions_issue_in_passing_makes_no_node(extract: Any, text: str, triple: Triple) -> None:
    """An issue named once in passing, or a plural document noun, makes no stance object."""
    graph = extract(text)
    assert triple not in triples(graph)
    assert triple[2] not in {e.label for e in graph.entities.values()}
