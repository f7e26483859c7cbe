"""Collective nodes labelled as an analyst writes them (label44).

A pronoun's follower noun that says no backing ("his opponents", "its creditors", "their
critics") is labelled by the noun alone, the owner left out; a person's backers keep the name
("her supporters": "X supporters") as before (kg/extract/role_forms.py, ``_plain_follower``).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Kenyatta won the vote in March. But his opponents accused him of rigging the "
            "election.",
            ("opponents", "criticized", "Uhuru Kenyatta"),
            "Kenyatta opponents",
        ),
        (
            "Maduro has ruled since 2013. His critics accused him of jailing students.",
            ("critics", "criticized", "Nicolás Maduro"),
            "Maduro critics",
        ),
    ],
)
def test_role_forms_pronoun_followers_without_owner(
    extract: Any, text: str, expected: Triple, absent: str
) -> None:
    """ "his opponents", "his critics": the group is labelled by its noun, not the owner's name."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert absent not in node_types(graph)


def test_role_forms_pronoun_creditors_without_owner(extract: Any) -> None:
    """ "its creditors" is a group "creditors", never "<country> creditors"."""
    graph = extract(
        "Portugal has agreed to new terms. Lisbon met its creditors in Brussels on Monday.",
        published="2015-06-10",
    )
    labels = node_types(graph)
    assert labels.get("creditors") == "Group"
    assert not any(label.endswith(" creditors") for label in labels)


def test_role_forms_pronoun_supporters_keep_owner(extract: Any) -> None:
    """ "his supporters" still names the person's camp ("Morsi supporters"), which backs him."""
    graph = extract(
        "Morsi was ousted in 2013. His supporters attacked police stations in Cairo.",
        published="2015-06-10",
    )
    assert ("Morsi supporters", "supported", "Mohamed Morsi") in triples(graph)
    assert "supporters" not in node_types(graph)
