"""Members named by a body's make-up or by joining it (kg/extract/memberships.py), with the
real model on sentences about actors other than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # sentence, expected triple
    (
        "The Islamic Front is made up of several rebel factions, notably Ahrar al-Sham.",
        ("Ahrar al-Sham", "member_of", "Islamic Front"),
    ),
    (
        "The Southern Front is composed of several rebel factions, notably the Yarmouk Army.",
        ("Yarmouk Army", "member_of", "Southern Front"),
    ),
    (
        "The Arab League consists of 22 states, including Egypt and Jordan.",
        ("Egypt", "member_of", "Arab League"),
    ),
    (
        "The Arab League, which comprises 22 states including Egypt and Jordan, met on Sunday.",
        ("Jordan", "member_of", "Arab League"),
    ),
    (
        "The Popular Mobilisation Forces include the Badr Organisation and Kataib Hezbollah.",
        ("Kataib Hezbollah", "member_of", "Popular Mobilisation Forces"),
    ),
    ("Montenegro joined NATO in 2017.", ("Montenegro", "member_of", "NATO")),
    (
        "The Ukrainian government recently joined the International Criminal Court.",
        ("Ukrainian government", "member_of", "International Criminal Court"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_memberships_construction_gives_member(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A listed or apposed named actor of a body's make-up, and the subject that joined a
    named body, are its members."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


NOT_FOUND = [
    # sentence, a triple that must not be claimed
    (
        "Radhika Coomaraswamy, UN special envoy, had included Hamas in a draft of the report.",
        ("Hamas", "member_of", "United Nations"),
    ),
    (
        "Rory McIlroy joined Tiger Woods at the top of the leaderboard.",
        ("Rory McIlroy", "member_of", "Tiger Woods"),
    ),
    ("Serbia will not join NATO.", ("Serbia", "member_of", "NATO")),
    (
        "The province of Homs, which includes Palmyra, was attacked by ISIL.",
        ("Palmyra", "member_of", "Homs"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_memberships_lookalike_gives_no_member(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Someone putting a name in a report, joining a person, a negated joining and a place
    that includes a town make no member."""
    assert triple not in triples(extract(sentence, published="2015-05-10"))


def test_memberships_common_noun_is_no_member(extract: Any) -> None:
    """A common noun in the make-up ("several rebel factions") is no named member."""
    graph = extract(
        "The Islamic Front is made up of several rebel factions, notably Ahrar al-Sham.",
        published="2015-05-10",
    )
    members = {s for s, p, o in triples(graph) if p == "member_of" and o == "Islamic Front"}
    assert members == {"Ahrar al-Sham"}
