"""Names the model missed that share a surname with a known full name (kg.resolve.entities
known_name_mentions, kg.pipeline_records): real model, invented articles."""

from __future__ import annotations

from typing import Any

import pytest

ARTICLES = [
    (
        'Narges Rahimi, a senior leader of the banned Writers Centre, was "forcibly arrested" '
        "early on Tuesday from her house. Her husband, Ali Rahimi, said it.",
        "Narges Rahimi",
        "Ali Rahimi",
    ),
    (
        'Hengameh Sadeghi, a senior leader of the banned Writers Centre, was "forcibly '
        'arrested" early on Tuesday from her house. Her husband, Ali Sadeghi, said it.',
        "Hengameh Sadeghi",
        "Ali Sadeghi",
    ),
]


@pytest.mark.parametrize(("text", "first", "second"), ARTICLES)
def test_known_names_missed_full_name_is_its_own_person(
    extract: Any, text: str, first: str, second: str
) -> None:
    """A full name the model missed is its own person, not the other one with its surname."""
    labels = {e.label for e in extract(text).entities.values()}
    assert {first, second} <= labels, sorted(labels)


def test_known_names_title_before_a_surname_is_no_given_name(extract: Any) -> None:
    """ "Minister Rahimi" after "Ali Rahimi" is Ali Rahimi, not a person "Minister Rahimi"."""
    graph = extract("Ali Rahimi arrived on Monday. Later, Minister Rahimi met the envoy.")
    labels = {e.label for e in graph.entities.values()}
    assert not any(label.startswith("Minister") for label in labels), sorted(labels)
