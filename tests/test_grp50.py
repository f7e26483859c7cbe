"""Unnamed groups of people as nodes where they act (grp50).

A nationality or people name in front of a role noun with no sector ("Russian hackers",
"Hindu pilgrims") is a group of its own article where an event uses it
(kg/resolve/nation_groups.py ``nation_people``); "politicians" is a group noun
(``group_nouns`` in kg/data/en/sector_nouns.json); "foreign troops" and "mobs" are plain
collectives. A bare group noun joins the article's one people's group of that noun
(``people_kin``). A group only a statement mentions makes no node. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian hackers attacked the Estonian parliament.",
            ("Russian hackers", "attacked", "Estonian parliament"),
        ),
        ("Hindu pilgrims visited Varanasi.", ("Hindu pilgrims", "visited", "Varanasi")),
        (
            "Opposition politicians condemned Recep Tayyip Erdogan.",
            ("opposition politicians", "criticized", "Recep Tayyip Erdogan"),
        ),
        (
            "Al-Shabab fighters ambushed foreign troops near Mogadishu.",
            ("al-Shabab", "attacked", "foreign troops"),
        ),
        (
            "Hindu mobs attacked the Christian minority.",
            ("Hindu mobs", "attacked", "Christian minority"),
        ),
    ],
)
def test_nation_groups_acting_group_is_a_node(extract: Any, text: str, expected: Triple) -> None:
    """A people's or role's unnamed group that an event uses is a node of its own."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Russian hackers said the attack was a protest.", "Russian hackers"),
        ("Kurdish politicians said the vote was fair.", "Kurdish politicians"),
        ("Critics of the plan said it was too costly.", "critics"),
    ],
)
def test_nation_groups_no_node_when_only_speaking(extract: Any, text: str, absent: str) -> None:
    """A group that only a statement mentions makes no node."""
    graph = extract(text, published="2015-06-10")
    assert absent not in node_types(graph)


def test_nation_groups_country_stays_its_own_node(extract: Any) -> None:
    """The nationality's people are a group; the country itself is not made the attacker."""
    graph = extract("Russian hackers attacked the Estonian parliament.", published="2015-06-10")
    assert ("Russia", "attacked", "Estonian parliament") not in triples(graph)


def test_nation_groups_bare_noun_joins_the_one_people(extract: Any) -> None:
    """A bare group noun is the article's one people's group of that noun."""
    graph = extract(
        "Bombs targeted pilgrims in Varanasi. Gunmen attacked Hindu pilgrims near the city.",
        published="2015-06-10",
    )
    labels = node_types(graph)
    assert "Hindu pilgrims" in labels
    assert "pilgrims" not in labels


def test_nation_groups_bare_noun_stays_apart_beside_two_peoples(extract: Any) -> None:
    """Two peoples' groups of one noun keep the bare noun apart."""
    graph = extract(
        "Gunmen attacked Hindu pilgrims. Bombers attacked Shia pilgrims. "
        "Police protected pilgrims.",
        published="2015-06-10",
    )
    assert {"Hindu pilgrims", "Shia pilgrims", "pilgrims"} <= set(node_types(graph))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The international community condemned North Korea.",
            ("international community", "criticized", "North Korea"),
        ),
        (
            "The Government of National Accord is recognised by the international community.",
            ("international community", "supported", "Government of National Accord"),
        ),
        (
            "The global community sanctioned Iran.",
            ("international community", "sanctioned", "Iran"),
        ),
    ],
)
def test_nation_groups_world_community_as_doer(extract: Any, text: str, expected: Triple) -> None:
    """The international community doing an event is a group node."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        "Zelensky called on the international community to punish Russia.",
        "We urge the international community to help Haiti.",
        "The international community said Hadi was the legitimate president.",
    ],
)
def test_nation_groups_world_community_asked_is_no_node(extract: Any, text: str) -> None:
    """The international community asked, urged or only speaking makes no node."""
    graph = extract(text, published="2015-06-10")
    assert "international community" not in node_types(graph)
