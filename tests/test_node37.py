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
   ("an international coalition of rights groups") is none, nor is one being formed ("formed a
   multinational coalition with Niger").
3. "Internally displaced people" (or "persons"), the standard term, is one collective of its
   article labelled with its adverb, as written (``nouns`` of kg/data/en/sector_nouns.json).
4. Protesters (and a crowd that protests) are a plain collective of their own, apart from
   the article's political opposition of the same sector ("Opposition parties boycotted the
   vote ... Protesters clashed with police": two actors; ``protest_nouns`` of
   kg/data/en/cues.json, ``_scoped_key`` in kg/resolve/resolver.py); a crowd and "the
   protesters" stay one.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, node_types

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
        "Chad formed a multinational coalition with Niger against Boko Haram.",
        ("Chad", "supported", "Niger"),
        ("multinational coalition", "supported", "Niger"),
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


PROTESTERS: list[tuple[str, set[str], set[str]]] = [
    (
        "Opposition parties in Togo boycotted the vote on Monday. Protesters clashed with"
        " police in Lome.",
        {"Opposition parties", "Protesters"},
        set(),
    ),
    (
        "Thousands of people protested in Lome against Faure Gnassingbe. Opposition leaders"
        " said the protesters would march again.",
        {"Opposition leaders", "Thousands of people"},
        {"protesters"},
    ),
    (
        "The opposition in Guinea rejected the results. Demonstrators blocked roads in"
        " Conakry on Tuesday.",
        {"opposition", "Demonstrators"},
        set(),
    ),
]


@pytest.mark.parametrize(("text", "nodes", "absent"), PROTESTERS)
def test_protesters_apart_from_the_opposition(
    extract: Any, text: str, nodes: set[str], absent: set[str]
) -> None:
    """The street's protesters and the political opposition are two plain collectives."""
    found = node_types(extract(text, published="2015-05-30"))
    assert nodes <= set(found), found
    assert not absent & set(found), found


def test_protesters_act_as_their_own_node(extract: Any) -> None:
    """What the protesters do is theirs, not the opposition parties'."""
    check_kept_removed(
        extract(
            "Opposition parties in Togo boycotted the vote on Monday. Protesters clashed with"
            " police in Lome.",
            published="2015-05-30",
        ),
        ("Protesters", "attacked", "Togolese police"),
        ("Opposition parties", "attacked", "Togolese police"),
    )
