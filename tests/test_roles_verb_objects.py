"""A verb's prepositional object before a title ends the phrase before it
(kg/extract/roles.py ``_verb_object``): "sentenced to death former President X" reads the
title "former President", not "death former President". Sentences of our own about other
actors than the article the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # sentence, expected triple
    (
        "On Monday, a Tunisian court sentenced to death former President Moncef Marzouki.",
        ("Moncef Marzouki", "leader_of", "Tunisia"),
    ),
    (
        "A Pakistani court sentenced to death former President Pervez Musharraf in absentia.",
        ("Pervez Musharraf", "leader_of", "Pakistan"),
    ),
    (
        "US Secretary of State Hillary Clinton met the envoy.",
        ("Hillary Clinton", "member_of", "United States"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_roles_title_after_verb_object(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The title after a verb's prepositional object gives the role; a title's own "of"
    phrase stays part of it."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


def test_roles_verb_object_is_no_title_word(extract: Any) -> None:
    """The verb's prepositional object is not read into the title."""
    graph = extract(
        "On Monday, a Tunisian court sentenced to death former President Moncef Marzouki.",
        published="2015-05-10",
    )
    titles = {r.qualifiers.title for r in graph.claims if r.qualifiers.title}
    assert titles
    assert not any("death" in t for t in titles)
