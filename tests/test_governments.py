"""Governments of their own (kg.resolve.governments): a government named by its seat town or
its recognition is one node of its article, not the town and not the country's government."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types

SEATED = [
    # text, the government's label
    (
        "A spokesman for the internationally recognised government in Bayda said its "
        "warplanes struck a tanker near Sirte on Monday.",
        "internationally recognised government in Bayda",
    ),
    (
        "The rebel government in Benghazi condemned the attack on the port.",
        "rebel government in Benghazi",
    ),
    (
        "A self-declared government has been operating out of Misrata since the militias "
        "took over the capital.",
        "self-declared government",
    ),
]


@pytest.mark.parametrize(("text", "label"), SEATED)
def test_governments_seat_or_recognition_is_a_government_node(
    extract: Any, text: str, label: str
) -> None:
    """The government is an Organization node shown as the article writes it."""
    types = node_types(extract(text, published="2015-05-20"))
    assert types.get(label) == "Organization", types


def test_governments_town_stays_its_own_node(extract: Any) -> None:
    """ "the government in Benghazi" leaves Benghazi a place node of its own."""
    types = node_types(extract(SEATED[1][0], published="2015-05-20"))
    assert types.get("Benghazi") == "City", types


def test_governments_one_seat_is_one_node(extract: Any) -> None:
    """Two phrases of the government in one town are one node, shown as first written."""
    graph = extract(
        "The internationally recognised government in Bayda condemned the raid on Monday. "
        "Later the government in Bayda ordered its warplanes to strike the port of Sirte.",
        published="2015-05-20",
    )
    labels = [e.label for e in graph.entities.values() if "government" in e.label]
    assert labels == ["internationally recognised government in Bayda"], labels


NOT_SEATED = [
    # a capital's government is the country's; a person's name is no seat
    ("The government in Kabul rejected the talks on Monday.", "government in Kabul"),
    ("The Harper government refused to repatriate the prisoner.", "Harper government"),
    ("The government said the talks would resume in Geneva.", "government"),
]


@pytest.mark.parametrize(("text", "label"), NOT_SEATED)
def test_governments_capital_person_or_bare_noun_is_no_seat(
    extract: Any, text: str, label: str
) -> None:
    """No seated government for a capital, a leader's name or a bare noun."""
    types = node_types(extract(text, published="2015-05-20"))
    assert label not in types, types


def test_governments_name_in_the_modifier_stays_its_own(extract: Any) -> None:
    """ "the UN-recognised government in Bayda": the UN stays a node, the government's
    mention opens after the hyphen."""
    graph = extract(
        "The army answers to the UN-recognised government in Bayda, officials said.",
        published="2015-05-20",
    )
    node = next(e for e in graph.entities.values() if e.label.endswith("government in Bayda"))
    assert node.label == "UN-recognised government in Bayda"
    assert not any(a.startswith("-") for a in node.aliases), node.aliases
