"""Governments toppled and places taken over (gen35, kg/extract/takeovers.py): "toppled the
government of President X" -> attacked X; "took over the town of Y" -> attacked Y. Sentences of
our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

# (sentence, doer, target, status)
TAKEN = [
    # a government named after its head: the head was attacked
    (
        "Rebels loyal to Michel Djotodia toppled the government of Francois Bozize.",
        "pro-Djotodia rebels",
        "Francois Bozize",
        "occurred",
    ),
    (
        "Rebels toppled the government of President Francois Bozize in 2013.",
        "Rebels",
        "Francois Bozize",
        "occurred",
    ),
    # the passive, with its agent
    (
        "The government of Prime Minister Nawaz Sharif was overthrown by the Pakistani army "
        "in 1999.",
        "Pakistani army",
        "Nawaz Sharif",
        "occurred",
    ),
    # status follows the clause
    (
        "The Pakistani army did not overthrow the government of Nawaz Sharif.",
        "Pakistani army",
        "Nawaz Sharif",
        "denied",
    ),
    (
        "The Pakistani army plans to overthrow the government of Nawaz Sharif.",
        "Pakistani army",
        "Nawaz Sharif",
        "planned",
    ),
    # a place taken over: the town named by its place noun, the capital in apposition
    (
        "Al-Shabab fighters took over the town of Baidoa on Monday.",
        "al-Shabab",
        "Baidoa",
        "occurred",
    ),
    (
        "Al-Shabab fighters took over the entire town of Baidoa on Monday.",
        "al-Shabab",
        "Baidoa",
        "occurred",
    ),
    (
        "Militias took over the capital Tripoli and set up a government.",
        "Militias",
        "Tripoli",
        "occurred",
    ),
    # a coup, under its light verb, against a government named after its head
    (
        "Burundian army officers launched a coup against the government of Pierre Nkurunziza.",
        "Burundian army",
        "Pierre Nkurunziza",
        "occurred",
    ),
    (
        "The Egyptian army staged a coup against the government of Mohamed Morsi.",
        "Egyptian army",
        "Mohamed Morsi",
        "occurred",
    ),
    # a government owned by its head
    (
        "Protesters toppled Yanukovych's government in 2014.",
        "Protesters",
        "Viktor Yanukovych",
        "occurred",
    ),
]


@pytest.mark.parametrize(("sentence", "doer", "target", "status"), TAKEN)
def test_takeovers_attacked(
    extract: Any, sentence: str, doer: str, target: str, status: str
) -> None:
    """A toppled government's head, or a place taken over, is attacked by the taker."""
    found = claims_between(extract(sentence), doer, "attacked", target)
    assert found, sentence
    assert {r.qualifiers.status.value for r in found} == {status}, sentence


# (sentence, a pair that must not be an attack)
NOT_TAKEN = [
    # taking over an office or an economy is no attack
    (
        "Muhammadu Buhari will take over as Nigeria's head of state on Friday.",
        ("Muhammadu Buhari", "Nigeria"),
    ),
    # a government criticised, not toppled
    (
        "The Pakistani army criticised the government of Nawaz Sharif.",
        ("Pakistani army", "Nawaz Sharif"),
    ),
    # an attack criticised is not made by the critic
    (
        "The Egyptian army criticised the attack on the government of Mohamed Morsi.",
        ("Egyptian army", "Mohamed Morsi"),
    ),
    # a government formed, not toppled ("form" is no attack verb)
    (
        "Opposition parties formed the government of Prime Minister Imran Khan.",
        ("Opposition parties", "Imran Khan"),
    ),
    # a ministry's building taken over is no town
    (
        "Protesters took over the offices of the Kenyan Ministry of Health in Nairobi.",
        ("Protesters", "Nairobi"),
    ),
    # the one named in the sentence took over, a town took nothing
    (
        "Boko Haram fighters took over the town of Baga, residents of Maiduguri said.",
        ("Maiduguri", "Baga"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), NOT_TAKEN)
def test_takeovers_no_attack(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """Taking over an office, criticising or forming a government is no attack."""
    assert pair not in pairs(extract(sentence), "attacked"), sentence


def test_takeovers_need_the_named_head(extract: Any) -> None:
    """ "overthrew the government" with no head named makes no claim on a person."""
    graph = extract("The Sudanese army overthrew the government of Sudan in 2019.")
    assert not any(
        graph.entities[r.object].type.value == "Person"
        for r in graph.claims
        if r.predicate.value == "attacked" and r.object is not None
    )


def test_takeovers_gerund_without_its_subject(extract: Any) -> None:
    """A gerund with no subject of its own takes no subject from a passive above it."""
    graph = extract(
        "Most of those killed were Somali soldiers captured by the fighters after taking over "
        "the town of Baidoa."
    )
    assert ("Somali soldiers", "Baidoa") not in pairs(graph, "attacked")
