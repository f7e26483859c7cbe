"""Coalitions written with their kind (node37). Sentences of our own, about other actors
than the articles the rules were learned from.

1. A coalition named by its members' region with kind words before its noun ("an African
   military coalition") is that region's coalition, labelled as written: one node
   "African military coalition" (``_named_coalitions``, ``_kinds_start`` in
   kg/resolve/sides.py; ``coalition_names`` and ``coalition_modifiers`` of
   kg/data/en/sector_nouns.json).
2. A coalition named by its kind only ("a regional coalition of troops", "a multinational
   coalition") is a coalition of its article, labelled "<kind> coalition", when the article
   names no other coalition; beside a named or led one ("the US-led coalition ... the
   international coalition") it is no node of its own, and a coalition of non-armed bodies
   ("an international coalition of rights groups") is none.
3. "Internally displaced people" (or "persons"), the standard term, is one collective of its
   article labelled with its adverb, as written (``nouns`` of kg/data/en/sector_nouns.json).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

KIND_COALITIONS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "An African military coalition bombed al-Shabab positions in southern Somalia.",
        ("African military coalition", "attacked", "al-Shabab"),
        None,
    ),
    (
        "A Western military coalition has launched air strikes against Boko Haram.",
        ("Western military coalition", "attacked", "Boko Haram"),
        None,
    ),
    (
        "A regional coalition of troops from Kenya, Uganda and Ethiopia attacked al-Shabab"
        " in Kismayo.",
        ("regional coalition", "attacked", "al-Shabab"),
        None,
    ),
    (
        "A multinational coalition launched air strikes against Boko Haram near Lake Chad.",
        ("multinational coalition", "attacked", "Boko Haram"),
        None,
    ),
    (
        "The US-led coalition bombed al-Shabab in Kismayo. The international coalition also"
        " bombed al-Shabab in Baidoa.",
        ("US-led coalition", "attacked", "al-Shabab"),
        ("international coalition", "attacked", "al-Shabab"),
    ),
    (
        "An international coalition of rights groups criticised Egypt on Monday.",
        None,
        ("international coalition", "criticized", "Egypt"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), KIND_COALITIONS)
def test_coalitions_written_with_their_kind(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A region's coalition with its kind words, and a kind-only coalition of its article."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)


DISPLACED: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "The World Food Programme distributed rations to internally displaced people fleeing"
        " Kismayo.",
        ("World Food Programme", "supported", "internally displaced people"),
        ("World Food Programme", "supported", "displaced people"),
    ),
    (
        "The World Health Organization distributed medicine to internally displaced persons"
        " near Mogadishu on Monday.",
        ("World Health Organization", "supported", "internally displaced persons"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), DISPLACED)
def test_internally_displaced_people_as_written(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The standard term for the displaced is the collective's label, adverb and all."""
    check_kept_removed(extract(text, published="2015-05-30"), kept, removed)
