"""Counted people are labelled with their number wherever they are found
(kg/resolve/counted.py ``counted_start``, ``Cluster.counted``; kg/resolve/merges.py
``counted_kin``): the object of a sanction verb ("arrested 12 suspects") as before, and
now people of a role or a people noun too ("abducted four traders", "sentenced 9
defendants"), as the gold names them. Two counted groups of one noun in an article are two
groups; one counted group and the bare plural its article acts with are one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, triples

LABELLED = [
    # a role noun (``group_nouns``) under an attack verb
    (
        "Gunmen abducted four traders near Gao on Friday.",
        ("Gunmen", "attacked", "four traders"),
    ),
    # a people noun under a sanction verb
    (
        "A military court in Tunis sentenced 9 defendants to prison on Monday.",
        ("Tunisian court", "sanctioned", "9 defendants"),
    ),
    # a sanction's counted target, labelled so before
    (
        "Ugandan police arrested 17 suspects in Gulu on Tuesday.",
        ("Ugandan police", "sanctioned", "17 suspects"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), LABELLED)
def test_counted_group_keeps_its_number(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A counted group alone in its article is labelled with its number."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_two_counted_groups_of_one_noun_stay_apart(extract: Any) -> None:
    """Two counted groups of one noun in one article are two groups, not one "traders"."""
    graph = extract(
        "Gunmen abducted four traders near Gao on Friday. "
        "Bandits abducted six traders near Mopti on Saturday.",
        published="2015-05-15",
    )
    groups = labels_of_type(graph, "Group")
    assert {"four traders", "six traders"} <= groups, groups
    assert "traders" not in groups, groups


def test_counted_group_and_its_bare_plural_are_one(extract: Any) -> None:
    """A counted group and the bare plural of its noun acting later are one node."""
    graph = extract(
        "Gunmen abducted four traders near Gao on Friday. "
        "The traders had accused the gunmen of extortion.",
        published="2015-05-15",
    )
    groups = {g for g in labels_of_type(graph, "Group") if g.endswith("traders")}
    assert len(groups) == 1, groups
