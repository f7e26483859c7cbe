"""Punishment by a state or a body (CAMEO 172 bans and fines, 173 arrests, charges and
sentences, 174 expulsions and deportations) is exported as ``sanctioned``, its PLOVER type
still COERCE; seizures, sieges, curfews, silencing and surveillance stay ``coerced``. A
coalition formed with a party or state takes its side (``supported``), as an alliance does.
Sentences are about other actors than the held-out articles that showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from kg.vocab import Predicate, reported_predicate
from tests.conftest import claims_between, triples

Triple = tuple[str, str, str]

PUNISHED: list[tuple[str, Triple, str]] = [
    (
        "Kenya sentenced Raila Odinga to five years in prison.",
        ("Kenya", "sanctioned", "Raila Odinga"),
        "173",
    ),
    ("Zambia was fined $30,000 by FIFA on Monday.", ("FIFA", "sanctioned", "Zambia"), "172"),
    (
        "Uganda deported Boniface Mwangi on Friday.",
        ("Uganda", "sanctioned", "Boniface Mwangi"),
        "174",
    ),
    (
        "Turkish police arrested Selahattin Demirtas in Ankara.",
        ("Turkish police", "sanctioned", "Selahattin Demirtas"),
        "173",
    ),
    (
        "Russia ordered two Estonian diplomats to leave the country.",
        ("Russia", "sanctioned", "Estonian diplomats"),
        "174",
    ),
]

# look-alikes of the same PLOVER type that are no punishment of someone: they stay coerced
COERCED: list[tuple[str, Triple]] = [
    ("Houthi fighters besieged Taiz on Monday.", ("Houthis", "coerced", "Taiz")),
    ("The NSA wiretapped Gerhard Schroeder.", ("NSA", "coerced", "Gerhard Schroeder")),
    (
        "Mali declared a state of emergency in the Kidal region.",
        ("Mali", "coerced", "Kidal region"),
    ),
]

SIDES: list[tuple[str, Triple]] = [
    (
        "The Labour Party formed a coalition with the Green Party in 2010.",
        ("Labour Party", "supported", "Green Party"),
    ),
    (
        "The Labour Party brokered a coalition with the Green Party.",
        ("Labour Party", "supported", "Green Party"),
    ),
    (
        "Chad formed a military coalition with Niger against Boko Haram.",
        ("Chad", "supported", "Niger"),
    ),
]

# no partner named "with": a coalition against a foe, or of members, takes no one's side
NO_SIDE: list[tuple[str, Triple]] = [
    (
        "Saudi Arabia formed a coalition against the Houthis.",
        ("Saudi Arabia", "supported", "Houthis"),
    ),
    ("Jordan joined a coalition of Arab states against Iran.", ("Jordan", "supported", "Iran")),
]


@pytest.mark.parametrize(("sentence", "triple", "cameo"), PUNISHED)
def test_gen43_punishment_is_sanctioned(
    extract: Any, sentence: str, triple: Triple, cameo: str
) -> None:
    """An arrest, a sentence, a fine or a deportation is ``sanctioned`` and stays PLOVER COERCE."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert {(r.qualifiers.cameo, r.qualifiers.event.value) for r in found} == {(cameo, "COERCE")}
    assert not claims_between(graph, triple[0], "coerced", triple[2]), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), COERCED)
def test_gen43_other_coercion_stays_coerced(extract: Any, sentence: str, triple: Triple) -> None:
    """A siege, a wiretap or a state of emergency is no sanction of anyone."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))
    assert not claims_between(graph, triple[0], "sanctioned", triple[2]), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), SIDES)
def test_gen43_coalition_with_takes_a_side(extract: Any, sentence: str, triple: Triple) -> None:
    """ "formed a coalition with X" supports X (CAMEO 050), not mere cooperation."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert {r.qualifiers.cameo for r in found} == {"050"}
    assert not [r for r in graph.claims if r.predicate.value == "cooperated_with"], sorted(
        triples(graph)
    )


@pytest.mark.parametrize(("sentence", "triple"), NO_SIDE)
def test_gen43_coalition_against_takes_no_side(extract: Any, sentence: str, triple: Triple) -> None:
    """A coalition against a foe or of members supports no one named."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(
    ("predicate", "cameo", "expected"),
    [
        (Predicate.COERCED, "172", Predicate.SANCTIONED),
        (Predicate.COERCED, "173", Predicate.SANCTIONED),
        (Predicate.COERCED, "174", Predicate.SANCTIONED),
        (Predicate.COERCED, "1722", Predicate.COERCED),
        (Predicate.COERCED, "171", Predicate.COERCED),
        (Predicate.COERCED, "191", Predicate.COERCED),
        (Predicate.COERCED, None, Predicate.COERCED),
        (Predicate.ATTACKED, "173", Predicate.ATTACKED),
    ],
)
def test_gen43_reported_predicate_table(
    predicate: Predicate, cameo: str | None, expected: Predicate
) -> None:
    """Only ``coerced`` with a punishing code (172, 173, 174) is exported as ``sanctioned``."""
    assert reported_predicate(predicate, cameo) is expected
