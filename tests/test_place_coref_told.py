"""A place goes to the article's country only when the article tells of that country."""

from __future__ import annotations

from typing import Any

from tests.conftest import triples


def test_place_coref_one_sentence_no_story(extract: Any) -> None:
    """A country named in one sentence only gives an unknown province after it no country."""
    graph = extract(
        "Kenyan President William Ruto met Kenyan officials in Nairobi on Monday.\n\n"
        "The militants have seized more territory in the northern province of Qardho."
    )
    assert not any(p == "located_in" and s == "Qardho" for s, p, _ in triples(graph))


def test_place_coref_told_story(extract: Any) -> None:
    """A country named in several sentences keeps its unplaced towns."""
    graph = extract(
        "Kenyan President William Ruto met officials in Nairobi on Monday.\n\n"
        "Kenya has faced attacks by militants for years.\n\n"
        "Kenyan police said the militants attacked the town of Qardho."
    )
    assert ("Qardho", "located_in", "Kenya") in triples(graph)
