"""The place rules that visit only the tokens with their words (``Paragraph.hits``) still
find their places, and ``status`` reads its cue sets from the table it is given."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.qualifiers import _status_sets

PLACES: list[tuple[str, tuple[str, str]]] = [
    # (text, (place, the place it lies in)); each row is one rule's construction
    ("Mopti is a town in central Mali.", ("Mopti", "Mali")),  # "X is a town in Y"
    # a facility noun after a name, in an area
    ("Rebels seized the Tessalit air base in the northern region of Kidal.",
     ("Tessalit air base", "Kidal")),
    ("Soldiers arrived in the Malian town of Gao on Monday.", ("Gao", "Mali")),  # noun of
    # one event placed twice, by the clause and by its "when" clause
    ("Boko Haram carried out its deadliest attack in Nigeria last year, when its fighters "
     "killed 200 people at a market in Maiduguri.", ("Maiduguri", "Nigeria")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "pair"), PLACES)
def test_places_word_rules_find_their_place(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Each sentence's place lies in the place its construction names."""
    graph = extract(text, published="2015-05-20")
    found = {
        (graph.entities[r.subject].label, graph.entities[r.object].label)
        for r in graph.claims
        if r.predicate.value == "located_in" and r.object is not None
    }
    assert pair in found, found


def test_qualifiers_status_sets_follow_their_cue_table() -> None:
    """Two cue tables give their own sets, and the same table gives the same sets again."""
    one = {"hypothetical_aux": ["may"], "hypothetical_words": ["if"], "planned_aux": ["will"]}
    two = {"hypothetical_aux": ["might"], "hypothetical_words": [], "planned_aux": ["shall"]}
    assert _status_sets(one) == ({"may"}, {"may", "if"}, {"will"})
    assert _status_sets(two) == ({"might"}, {"might"}, {"shall"})
    assert _status_sets(one)[1] is _status_sets(one)[1]
