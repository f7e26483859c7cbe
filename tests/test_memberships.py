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


CALLED_MEMBER = [
    # sentence, expected triple
    ("Turkey, a NATO member, has closed its border.", ("Turkey", "member_of", "NATO")),
    ("NATO member Turkey has closed its border.", ("Turkey", "member_of", "NATO")),
    (
        "Greece, a member of the eurozone, must repay its debt.",
        ("Greece", "member_of", "euro zone"),
    ),
    ("Turkey is a member of NATO.", ("Turkey", "member_of", "NATO")),
    ("Turkey, which is a member of NATO, shot down the jet.", ("Turkey", "member_of", "NATO")),
    (
        "Norway, as a member of the European Free Trade Association, trades freely.",
        ("Norway", "member_of", "European Free Trade Association"),
    ),
    (
        "Norway, as a member of the European Free Trade Association, would no longer trade.",
        ("Norway", "member_of", "European Free Trade Association"),
    ),
    (
        "The acceptance of Kosovo as a full member of UEFA angered Serbia.",
        ("Kosovo", "member_of", "UEFA"),
    ),
    (
        "Cameron promised a referendum on the UK's European Union membership.",
        ("United Kingdom", "member_of", "European Union"),
    ),
    ("Turkey's membership of NATO is not in doubt.", ("Turkey", "member_of", "NATO")),
    (
        "Qatar is participating in the Saudi-led coalition.",
        ("Qatar", "member_of", "Saudi-led coalition"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), CALLED_MEMBER)
def test_memberships_member_noun_gives_member(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A named country or body called a member of a named body (apposed, before its name,
    as a complement, after "as"), the owner of a membership and one taking part in a body
    are its members."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


NOT_CALLED_MEMBER = [
    # sentence, a triple that must not be claimed
    ("Turkey is not a member of the European Union.", ("Turkey", "member_of", "European Union")),
    (
        "Serbia would become a member of the European Union.",
        ("Serbia", "member_of", "European Union"),
    ),
    (
        "The boat was found by Turkey, which is not a member of the European Union.",
        ("Turkey", "member_of", "European Union"),
    ),
    (
        "Serbia, a former member of the Non-Aligned Movement, voted.",
        ("Serbia", "member_of", "Non-Aligned Movement"),
    ),
    (
        "Norway, a non-member of the European Union, voted.",
        ("Norway", "member_of", "European Union"),
    ),
    ("Ukraine's NATO membership bid angered Russia.", ("Ukraine", "member_of", "NATO")),
    ("Jordan took part in the talks with the Taliban.", ("Jordan", "member_of", "Taliban")),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_CALLED_MEMBER)
def test_memberships_member_noun_lookalike_gives_no_member(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A negated, would-be, former or non-member, a membership sought and talks taken part
    in make no member."""
    assert triple not in triples(extract(sentence, published="2015-05-10"))
