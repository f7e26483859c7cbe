"""An event noun's own preposition hung on the name after its "by" ("the raid by Israeli troops
on the camp": kg/extract/stray_by.py ``preps_on_doer``, cues.json ``stray_by.named_doer_preps``):
the doer attacked what the preposition names, for the noun's bare row and for the rows that
need the preposition (kg/lexicon.py ``_has_prep``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a noun whose bare row takes the object after "on"
    (
        "The raid by Israeli troops on the Jenin refugee camp lasted six hours.",
        ("Israeli troops", "attacked", "Jenin refugee camp"),
    ),
    (
        "The assault by Houthi fighters on Aden began in March.",
        ("Houthis", "attacked", "Aden"),
    ),
    # a noun that is an attack only with its preposition ("strike on", "strike against")
    (
        "Air strikes by the Saudi-led coalition on Sanaa airport continued on Monday.",
        ("Saudi-led coalition", "attacked", "Sanaa airport"),
    ),
    (
        "The strikes by the US-led coalition against ISIL in Raqqa continued.",
        ("US-led coalition", "attacked", "Islamic State"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_stray_by_doer_preps_attacked(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The "on"/"against" the parser hangs on the "by" name is the attack noun's target."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_stray_by_doer_preps_keep_the_date(extract: Any) -> None:
    """The claim keeps the sentence's date and the status the verb gives the noun."""
    graph = extract(
        "Air strikes by the Saudi-led coalition on Sanaa airport continued on Monday.",
        published="2015-05-15",
    )
    hits = [
        r
        for r in graph.claims
        if r.predicate.value == "attacked"
        and r.object is not None
        and graph.entities[r.object].label == "Sanaa airport"
    ]
    assert hits, triples(graph)
    assert {(r.qualifiers.status.value, r.qualifiers.date) for r in hits} == {
        ("occurred", "2015-05-11")
    }


NO_CLAIM = [
    # a date after the "by" name is when, not whom
    "The attack by gunmen on Sunday killed five people.",
    "The bombing by Taliban fighters on Friday killed five people.",
    # a sport's attack is no armed one
    "The attack by Arsenal on Chelsea's goal continued.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_stray_by_doer_preps_no_claim(extract: Any, text: str) -> None:
    """A date or a team's play after the "by" name makes no attacked claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
