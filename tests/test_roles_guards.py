"""Role guards found on real news: a portfolio or a title's adjective that the model took for
a name is part of the title, not an organisation. Actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

TITLED: list[tuple[str, str, str, str, str]] = [
    # (text, person, predicate, owner, title)
    ("US Transportation Secretary Anthony Foxx announced the recall on Monday.",
     "Anthony Foxx", "member_of", "United States", "Transportation Secretary"),
    ("Ali Akbar Velayati is an adviser to Iran's Supreme Leader Ali Khamenei.",
     "Ali Khamenei", "leader_of", "Iran", "Supreme Leader"),
    ("Britain's Defence Secretary Michael Fallon visited the base.", "Michael Fallon",
     "member_of", "United Kingdom", "Defence Secretary"),
    # a named organisation before the title stays the owner
    ("Labour leader Ed Miliband conceded defeat.", "Ed Miliband", "leader_of", "Labour",
     "leader"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "person", "predicate", "owner", "title"), TITLED)
def test_roles_portfolio_word_is_part_of_title(
    extract: Any, text: str, person: str, predicate: str, owner: str, title: str
) -> None:
    """ "Transportation Secretary X": the role is held in the country, titled in full."""
    graph = extract(text, published="2015-05-20")
    roles = {
        (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label): (
            r.qualifiers.title
        )
        for r in graph.claims
        if r.object is not None
    }
    assert roles.get((person, predicate, owner)) == title, roles
