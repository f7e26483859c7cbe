"""A town named right in front of a place noun ("attacked Maiduguri city", "seized Kismayo
town") is the place the noun stands for. Sentences are about other actors than the articles
that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Boko Haram fighters attacked Maiduguri city on Saturday.",
        ("Boko Haram", "attacked", "Maiduguri"),
    ),
    ("Taliban fighters stormed Kunduz city on Monday.", ("Taliban", "attacked", "Kunduz")),
    ("Al-Shabab fighters seized Kismayo town in March.", ("al-Shabab", "attacked", "Kismayo")),
    (
        "Houthi rebels shelled the southern port Aden city on Sunday.",
        ("Houthis", "attacked", "Aden"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # an arrest in a town is no act on the town
    ("Police arrested three men in Kano city on Monday.", ("police", "sanctioned", "Kano")),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_interactions_named_place_noun_attacked(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The town named before "city" or "town" is the one attacked."""
    graph = extract(sentence, published="2015-05-15")
    assert claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_named_place_noun_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A town named before its noun is no object of an act done in it."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
