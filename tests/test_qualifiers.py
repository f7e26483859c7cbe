"""Claim qualifiers: dates from the sentence, the clause it depends on and the story's lead;
places from the phrases journalists use. Sentences about actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest


def _claims(graph: Any, predicate: str) -> list[tuple[str, str, Any]]:
    return [
        (graph.entities[r.subject].label, graph.entities[r.object].label, r.qualifiers)
        for r in graph.claims
        if r.predicate.value == predicate and r.object is not None
    ]


DATED: list[tuple[str, str, str, str | None]] = [
    # (text, published, predicate, date of its one claim)
    (
        "Fighting erupted in March 2011 when Bashar al-Assad attacked the Syrian opposition.",
        "2015-05-16",
        "attacked",
        "2011-03",
    ),
    (
        "Boko Haram attacked the Nigerian army two weeks ago.",
        "2015-05-16",
        "attacked",
        "2015-05",
    ),
    (
        "Boko Haram attacked the Nigerian army on Monday night.",
        "2015-05-16",
        "attacked",
        "2015-05-11",
    ),
    (
        "Nicolas Maduro met Dilma Rousseff for a day last week.",
        "2015-06-03",
        "met",
        "2015-05",
    ),
    # the lead: a present perfect deed takes the day the next sentence gives
    (
        "Maduro meets Rousseff in Brasilia\n\nVenezuelan President Nicolas Maduro has met "
        "Brazil's President Dilma Rousseff.\n\nMaduro told reporters on Thursday that the "
        "talks were useful.",
        "2015-05-16",
        "met",
        "2015-05-14",
    ),
    # ... else the published day
    (
        "Maduro meets Rousseff\n\nVenezuelan President Nicolas Maduro has met Brazil's "
        "President Dilma Rousseff.\n\nThe two discussed trade.",
        "2015-05-16",
        "met",
        "2015-05-16",
    ),
    # not a deed of one day, and not the lead
    (
        "Maduro speaks\n\nVenezuelan President Nicolas Maduro has been criticising Colombia "
        "for months.\n\nHe spoke on Thursday.",
        "2015-05-16",
        "criticized",
        None,
    ),
    (
        "Maduro speaks\n\nVenezuelan President Nicolas Maduro spoke to reporters.\n\n"
        "Nicolas Maduro has met Dilma Rousseff.",
        "2015-05-16",
        "met",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published", "predicate", "expected"), DATED)
def test_qualifiers_date_constructions(
    extract: Any, text: str, published: str, predicate: str, expected: str | None
) -> None:
    """Each construction dates the claim as the text allows, and no more."""
    found = _claims(extract(text, published=published), predicate)
    assert found, "no claim"
    assert {q.date for _, _, q in found} == {expected}, found


PLACED: list[tuple[str, str, str]] = [
    # (text, predicate, place)
    ("Boko Haram attacked the Nigerian army in the town of Bama on Friday.", "attacked", "Bama"),
    ("Houthi rebels attacked Saudi forces in Saada province.", "attacked", "Saada province"),
    ("Mahmoud Abbas met Sergio Mattarella on Tuesday before leaving Rome.", "met", "Rome"),
    (
        "Al-Shabab fighters struck near the town of Mandera, where al-Shabab attacked the "
        "Kenyan army in March.",
        "attacked",
        "Mandera",
    ),
]


@pytest.mark.parametrize(("text", "predicate", "place"), PLACED)
def test_qualifiers_place_constructions(
    extract: Any, text: str, predicate: str, place: str
) -> None:
    """The place of an event named by a place noun, a "where" clause or "before leaving"."""
    found = _claims(extract(text, published="2015-05-16"), predicate)
    assert place in {q.place for _, _, q in found}, found


def test_qualifiers_place_not_after_leaving(extract: Any) -> None:
    """ "after leaving Rome" is no longer in Rome."""
    found = _claims(
        extract("Mahmoud Abbas met Sergio Mattarella after leaving Rome.", published="2015-05-16"),
        "met",
    )
    assert found
    assert all(q.place != "Rome" for _, _, q in found), found
