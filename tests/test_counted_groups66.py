"""Counted people acting in an event ("shot dead nine herdsmen", "Eleven fishermen were
rescued"): the number in front is no name whose people they are (kg/resolve/bodies.py,
``tagged_name``), so a counted group is a Group of its article as a bare one is, labelled
with its number (since bugs67, ``kg.resolve.counted.counted_start``, as counted targets
are). With such groups in the text, two guards: a conjunct written as more of the first
one's kind ("Mwangi and 12 other traders", ``other_members``) is no other side of
a clash (kg/extract/interactions.py, ``_one_kind``), and a named plural group between a
candidate and "them" is the likelier antecedent (kg/extract/actor_coref.py,
``plural_between``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a number in digits or in words ("two dozen") before a group noun (``group_nouns``)
    (
        "Bandits shot dead nine herdsmen near Jos on Sunday.",
        ("Bandits", "attacked", "nine herdsmen"),
    ),
    (
        "Militants abducted three shopkeepers in Kandahar on Friday.",
        ("Militants", "attacked", "three shopkeepers"),
    ),
    (
        "Raiders killed two dozen herders near Maiduguri on Sunday.",
        ("raiders", "attacked", "two dozen herders"),
    ),
    (
        "Kenyan police arrested 30 poachers in Tsavo on Monday.",
        ("Kenyan police", "sanctioned", "30 poachers"),
    ),
    # ... before a people noun (``people_nouns.json``)
    (
        "A Bangladeshi court sentenced 14 defendants to death on Monday.",
        ("Bangladeshi court", "sanctioned", "14 defendants"),
    ),
    (
        "The gunman killed two colleagues at a factory in Lyon.",
        ("gunman", "attacked", "two colleagues"),
    ),
    # (a bare group still is one, and a number opening the sentence is no name either)
    (
        "Eleven fishermen were rescued by the Indonesian navy on Tuesday.",
        ("Indonesian navy", "supported", "fishermen"),
    ),
    # two sides of a clash stay two sides
    (
        "Kenyan police and striking traders clashed outside the market on Monday.",
        ("Kenyan police", "attacked", "traders"),
    ),
    # a pronoun's own verb's subject is no rival antecedent between
    (
        "When protesters block roads, police use tear gas to disperse them.",
        ("police", "attacked", "protesters"),
    ),
]

NOT_CLAIMED = [
    # "12 other traders" are of Mwangi's kind: convicted with him, not fighting him
    (
        "In May, a court sentenced Mwangi and 12 other traders to ten years in prison for "
        "ordering the arrest and torture of farmers in clashes outside the market.",
        ("Mwangi", "attacked", "other traders"),
    ),
    # "them" are the inmates chased, not the authorities who tell of it
    (
        "Authorities in Kenya say Otieno was chasing two inmates and saw them head towards "
        "the river, but did not help them avoid the danger.",
        ("Otieno", "supported", "Kenyan government"),
    ),
    # a poll's share ("six in 10", "two out of three") is no group that acts
    (
        "Roughly four in 10 respondents backed direct talks.",
        ("respondents", "supported", "talks"),
    ),
    (
        "Two out of three respondents backed new talks.",
        ("respondents", "supported", "talks"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_counted_group_claims(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A counted (or bare) group acting in an event is a party to its claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


@pytest.mark.parametrize(("text", "triple"), NOT_CLAIMED)
def test_counted_group_guards(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Neither a companion of one's kind, a pronoun past a named group nor a poll's share
    makes a claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
