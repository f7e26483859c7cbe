"""Phrasal verbs of repelling a foe ("pushed back", "drove back", "fended off", "warded off",
"held off": tools/lexicon/seeds/assault.txt): an armed subject attacked the group it repels;
a party, a player, a committee or a country turning people back attacks no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Government troops pushed back Boko Haram fighters from Gwoza.",
        ("Government troops", "attacked", "Boko Haram"),
    ),
    ("The Peshmerga pushed back ISIL from Sinjar.", ("Peshmerga", "attacked", "Islamic State")),
    (
        "Somali troops drove back al-Shabab fighters from Kismayo.",
        ("Somali troops", "attacked", "al-Shabab"),
    ),
    (
        "Kurdish fighters fended off ISIL fighters near Kobani on Sunday.",
        ("Kurdish fighters", "attacked", "Islamic State"),
    ),
    (
        "Nigerian soldiers warded off Boko Haram fighters in Baga.",
        ("Nigerian soldiers", "attacked", "Boko Haram"),
    ),
    (
        "The Afghan army held off Taliban fighters for three days.",
        ("Afghan army", "attacked", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_repelled_foes_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An armed side repelling a named foe attacked it."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_repelled_foes_date_and_place(extract: Any) -> None:
    """The claim is occurred, dated by the sentence's day and placed by its "near"."""
    graph = extract(
        "Kurdish fighters fended off ISIL fighters near Kobani on Sunday.", published="2015-05-15"
    )
    hits = [
        r.qualifiers
        for r in graph.claims
        if r.predicate.value == "attacked"
        and r.object is not None
        and graph.entities[r.object].label == "Islamic State"
    ]
    assert [(q.status.value, q.date, q.place) for q in hits] == [
        ("occurred", "2015-05-10", "Kobani")
    ]


NO_CLAIM = [
    "Thailand pushed back migrants out to sea.",
    "The committee pushed back the vote to June.",
    "Serena Williams held off Maria Sharapova in the final.",
    "The Conservatives held off Labour in the by-election.",
    "The minister fended off critics in parliament.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_repelled_foes_no_claim(extract: Any, text: str) -> None:
    """No armed subject, or nothing armed repelled: no attacked claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
