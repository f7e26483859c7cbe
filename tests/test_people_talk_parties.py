"""A group written with a common noun after "with" of a meeting or talks noun is a party to
it (``region_people.meeting_preps`` of ``kg/data/en/cues.json``, read by
``kg/resolve/people.py``): "is in talks with its neighbours", "held talks with its
creditors"; not of a dispute. Sentences of our own, about other actors than the article that
showed the form."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    ("Peru is in high-level talks with its neighbours.", "negotiated_with", ("Peru", "neighbours")),
    ("Ukraine is in talks with its creditors.", "negotiated_with", ("Ukraine", "creditors")),
    ("Kenya held talks with its neighbours on Monday.", "met", ("Kenya", "neighbours")),
    (
        "Chile held talks with its Andean neighbours on Monday.",
        "met",
        ("Chile", "Andean neighbours"),
    ),
]


@pytest.mark.parametrize(("text", "predicate", "pair"), FOUND)
def test_people_talk_parties_found(
    extract: Any, text: str, predicate: str, pair: tuple[str, str]
) -> None:
    """Talks "with" a group of a common noun are talks with that group (either way round:
    both predicates are symmetric)."""
    found = pairs(extract(text, published="2015-05-15"), predicate)
    assert pair in found or pair[::-1] in found, found


NO_GROUP = [
    # a noun that names no people
    ("Kenya is in talks with its banks over the debt.", "banks"),
    # no event noun before "with"
    ("Kenya is a country with many neighbours.", "neighbours"),
    # a dispute is no meeting: "with" names no party of it (``meeting_preps``)
    ("Japan's maritime disputes with its neighbours may encourage Tokyo to act.", "neighbours"),
]


@pytest.mark.parametrize(("text", "noun"), NO_GROUP)
def test_people_talk_parties_no_group(extract: Any, text: str, noun: str) -> None:
    """No meeting or talks noun, or no people noun: no group node from the "with" phrase."""
    labels = {e.label for e in extract(text, published="2015-05-15").entities.values()}
    assert noun not in labels, labels
