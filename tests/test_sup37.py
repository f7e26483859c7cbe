"""Support told by two more verbs (sup37). Sentences of our own, about other actors than the
articles the rules were learned from.

1. Voting with a party or a state sides with it, as voting for it does ("vote" VERB "with"
   in kg/data/en/triggers.jsonl); voting against it stays a rejection.
2. Representing a person (a lawyer's, a rights group's or an envoy's standing for him) backs
   him ("represent" VERB, ``needs_person_object``); representing a country at the games or
   a constituency is no support of anyone.
3. "Internally displaced people/persons" is the whole collective's name (sector REF in
   kg/data/en/sector_nouns.json), not "displaced people" with its adverb dropped.
4. An attack whose participle backs a side ("launched air strikes supporting the army")
   supports that side and is not aimed at it (kg/extract/interactions.py
   ``_backing_strike``, ``_fought``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

VOTES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Kenya voted with the United States on the resolution.",
        ("Kenya", "supported", "United States"),
        None,
    ),
    (
        "Raila Odinga will vote with the Orange Democratic Movement.",
        ("Raila Odinga", "supported", "Orange Democratic Movement"),
        None,
    ),
    (
        "Kenya voted against the United States on the resolution.",
        None,
        ("Kenya", "supported", "United States"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), VOTES)
def test_interactions_voting_with_sides_with(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Voting with an actor supports it; voting against it does not."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


REPRESENTS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Hassan Radhi, a lawyer representing Ahmed Mansoor, appealed the verdict.",
        ("Hassan Radhi", "supported", "Ahmed Mansoor"),
        None,
    ),
    (
        "Amnesty International represents Ahmed Mansoor.",
        ("Amnesty International", "supported", "Ahmed Mansoor"),
        None,
    ),
    (
        "Uhuru Kenyatta represented Kenya at the African Union summit.",
        None,
        ("Uhuru Kenyatta", "supported", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), REPRESENTS)
def test_interactions_representing_a_person_backs_him(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Representing a person supports him; representing a country is no support."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


DISPLACED: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "The Red Crescent distributed food to internally displaced people in Darfur.",
        ("Red Crescent", "supported", "internally displaced people"),
        ("Red Crescent", "supported", "displaced people"),
    ),
    (
        "Oxfam has sent aid to internally displaced persons in South Sudan.",
        ("Oxfam", "supported", "internally displaced persons"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), DISPLACED)
def test_collectives_internally_displaced_keeps_its_adverb(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Internally displaced people are named as such, not as displaced people."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


STRIKES: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Russia launched air strikes supporting the Syrian army.",
        ("Russia", "supported", "Syrian army"),
        ("Russia", "attacked", "Syrian army"),
    ),
    (
        "Russia launched air strikes supporting the Syrian army's advance.",
        ("Russia", "supported", "Syrian army"),
        None,
    ),
    (
        "Russian jets carried out raids backing the rebels near Homs.",
        ("Russian army", "supported", "rebels"),
        None,
    ),
    (
        "Russia launched air strikes targeting the Islamic State.",
        ("Russia", "attacked", "Islamic State"),
        ("Russia", "supported", "Islamic State"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), STRIKES)
def test_interactions_strikes_backing_a_side_support_it(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An attack whose participle backs a side supports it and is not aimed at it."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
