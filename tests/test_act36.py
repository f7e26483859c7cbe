"""Actors labelled as news names them (act36, issue 13): a word that counts a collective
("more migrants", "many protesters", "fewer refugees") is no part of its label
(kg/resolve/collectives.py, ``label_quantifiers`` in kg/data/en/cues.json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_by_label, triples

COUNTED = [
    (
        "Kenya has refused to take in more refugees from Somalia, officials said on Tuesday.",
        "refugees",
        "more refugees",
    ),
    (
        "Many protesters attacked the police station in Bujumbura on Sunday.",
        "protesters",
        "Many protesters",
    ),
    (
        "Fewer refugees crossed into Kenya from Somalia this year, officials said.",
        "refugees",
        "Fewer refugees",
    ),
    (
        "Numerous migrants were rescued by the Italian coast guard near Lampedusa.",
        "migrants",
        "Numerous migrants",
    ),
]


@pytest.mark.parametrize(("text", "label", "counted"), COUNTED)
def test_act36_counting_word_is_no_part_of_label(
    extract: Any, text: str, label: str, counted: str
) -> None:
    """A collective counted by "more", "many", "fewer" or "numerous" is labelled without
    the counting word."""
    graph = extract(text, published="2015-05-15")
    labels = set(nodes_by_label(graph))
    assert label in labels, labels
    assert counted not in labels, labels


def test_act36_counted_collective_claim_names_plain_label(extract: Any) -> None:
    """The claim on a counted collective names it by its plain label ("migrants")."""
    graph = extract(
        "Thailand has continued to reject taking in more migrants stranded at sea.",
        published="2015-05-15",
    )
    assert ("Thailand", "supported", "migrants") in triples(graph), triples(graph)


KEPT = [
    # a modifier that says what kind of people they are stays in the label
    ("Local fishermen rescued dozens of Eritrean migrants near Lampedusa.", "local fishermen"),
    ("Tribal fighters attacked ISIL positions near Ramadi on Monday.", "Tribal fighters"),
    (
        "Police said young activists attacked the offices of the ruling party in Dhaka.",
        "young activists",
    ),
]


@pytest.mark.parametrize(("text", "label"), KEPT)
def test_act36_kind_modifier_stays_in_label(extract: Any, text: str, label: str) -> None:
    """An adjective that names the kind of a collective ("local", "tribal", "young") is not
    a counting word: it stays in the label."""
    graph = extract(text, published="2015-05-15")
    assert label in nodes_by_label(graph), sorted(nodes_by_label(graph))
