"""Verbal interactions on real-news constructions: stance phrases, replies, verdicts (kg/extract/
stances.py) and the argument rules of kg/extract/interactions.py they rely on (conditions of
threats, "both A and B", counted and seated actors). Sentences are about other actors than the
seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, (subject, predicate, object), status)
FOUND: list[tuple[str, tuple[str, str, str], str]] = [
    # stance phrases: "in support of X" (the doer backs X), "with the backing of X" (X backs)
    (
        "Hezbollah was fighting across Syria in support of President Bashar al-Assad's government.",
        ("Hezbollah", "supported", "Bashar al-Assad"),
        "occurred",
    ),
    (
        "Iraqi troops retook Tikrit with the backing of Iran.",
        ("Iran", "supported", "Iraqi army"),
        "occurred",
    ),
    # a spoken reply answers the speaker of the clause it contrasts with
    (
        "President Recep Tayyip Erdogan insisted the deal was fair, while opposition leader "
        "Kemal Kilicdaroglu hit back, calling it a betrayal.",
        ("Kemal Kilicdaroglu", "criticized", "Recep Tayyip Erdogan"),
        "occurred",
    ),
    # verdicts under a speaker: the speaking happened, whatever the modal of the verdict
    (
        "Javad Zarif said the United States should bear much of the blame for the crisis.",
        ("Javad Zarif", "criticized", "United States"),
        "occurred",
    ),
    (
        "Benjamin Netanyahu said Iran was responsible for the bombing.",
        ("Benjamin Netanyahu", "criticized", "Iran"),
        "occurred",
    ),
    (
        "Saudi Arabia held the Houthis responsible for the violence.",
        ("Saudi Arabia", "criticized", "Houthis"),
        "occurred",
    ),
    # threats: the doer of the "unless" clause is the target
    (
        "Boko Haram warned of a long war unless Chad withdraws its troops from Nigeria.",
        ("Boko Haram", "threatened", "Chad"),
        "occurred",
    ),
    # a second warning the parser hung on the condition; "the government in Abuja" is Nigeria
    (
        "After the attack, Boko Haram warned of a long war unless Chad withdraws its troops from "
        "Nigeria, as well as warning the government in Abuja it would continue to attack them.",
        ("Boko Haram", "threatened", "Nigeria"),
        "occurred",
    ),
    # "both A and B" with B hung inside A by the parser
    (
        "The European Union has condemned both the soldiers behind the mutiny and President "
        "Joseph Kabila.",
        ("European Union", "criticized", "Joseph Kabila"),
        "occurred",
    ),
    # counted actors: "thousands of X" acts as X
    (
        "Iraqi forces backed by thousands of Hezbollah fighters retook the town.",
        ("Hezbollah fighters", "supported", "Iraqi army"),
        "occurred",
    ),
]

# (sentence, a triple that must not be extracted)
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # the condition of a threat is no event of its own
    (
        "Boko Haram warned of a long war unless Chad withdraws its troops from Nigeria.",
        ("Chad", "withdrew_from", "Nigeria"),
    ),
    # a commemorated event is not reported by the sentence
    (
        "President Barack Obama hosted a dinner to mark his handover to Donald Trump.",
        ("Barack Obama", "conceded_to", "Donald Trump"),
    ),
    # a military reply is no criticism
    (
        "Hamas said it fired rockets at Tel Aviv, and Israel hit back with air strikes.",
        ("Israel", "criticized", "Hamas"),
    ),
    # "with Russian support": the owner backs, the phrase rule stays out
    (
        "Syrian troops retook Palmyra with the help of Russia and Iran.",
        ("Syrian army", "supported", "Russia"),
    ),
    # a speaker's verdict on itself is no accusation
    (
        "Islamic State said it was responsible for the bombing.",
        ("Islamic State", "criticized", "Islamic State"),
    ),
    # officials in a capital named with their own country are not the host state
    (
        "American officials in Kabul criticized Pakistan.",
        ("Afghanistan", "criticized", "Pakistan"),
    ),
]


def _statuses(graph: Any, triple: tuple[str, str, str]) -> set[str]:
    s, p, o = triple
    return {
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and r.predicate.value == p
        and graph.entities[r.subject].label == s
        and graph.entities[r.object].label == o
    }


@pytest.mark.parametrize(("sentence", "triple", "status"), FOUND)
def test_stances_found(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """Each construction yields its claim with the status the text gives."""
    graph = extract(sentence)
    assert triple in triples(graph), sorted(triples(graph))
    assert status in _statuses(graph, triple)


@pytest.mark.parametrize(("sentence", "wrong"), NOT_FOUND)
def test_stances_not_found(extract: Any, sentence: str, wrong: tuple[str, str, str]) -> None:
    """Conditions, commemorations, military replies and self-verdicts make no claim."""
    assert wrong not in triples(extract(sentence))
