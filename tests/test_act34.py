"""People named by a party's word before their title (issue 13, act34).

A capitalised word the article also writes as a party's name ("the Conservative Party"),
then a title or a politician's noun, then a person's name ("Conservative Prime Minister X",
"Republican presidential hopeful Y", "Socialist leader Z"): the person is ``member_of`` that
party (``leader_of`` under a one-word leader's title): kg/extract/party_titles.py, the nouns
in kg/data/en/titles.json "party_person_nouns". Not for a word no party of the article has,
not across punctuation or another name, never the other party of the sentence, and no plain
membership where the title already makes the person the party's leader. Sentences of our own
about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Liberal Prime Minister Mark Holloway visited Ottawa on Monday. "
            "The Liberal Party leads the polls.",
            "member_of",
            ("Mark Holloway", "Liberal Party"),
        ),
        (
            "The defeat of Green candidate Sara Lind surprised the town. "
            "The Green Party had hoped to win.",
            "member_of",
            ("Sara Lind", "Green Party"),
        ),
        (
            "Republican presidential hopeful Jeb Garcia criticized the deal. "
            "The Republican Party was split over it.",
            "member_of",
            ("Jeb Garcia", "Republican Party"),
        ),
        (
            "The Socialist Party lost Lyon. Socialist leader Anne Moreau conceded on Sunday.",
            "leader_of",
            ("Anne Moreau", "Socialist Party"),
        ),
    ],
)
def test_act34_party_word_before_a_title(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A party's word, a title and a name: the person's party (its leader under "leader")."""
    assert expected in pairs(extract(text, published="2015-05-07"), predicate)


def test_act34_party_membership_keeps_the_title(extract: Any) -> None:
    """The words between the party's word and the name are the membership's title."""
    graph = extract(
        "The Green Party won a seat. Green candidate Sara Lind thanked voters in Bristol.",
        published="2015-05-07",
    )
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "member_of" and graph.entities[r.subject].label == "Sara Lind"
    }
    assert titles == {"candidate"}


def test_act34_two_politicians_each_their_own_party(extract: Any) -> None:
    """Two people with the same title: each is a member of the party written before them."""
    graph = extract(
        "Democratic Senator Maria Lopez and Republican Senator John Abbot argued over the bill. "
        "The Democratic Party and the Republican Party both claimed victory.",
        published="2015-05-07",
    )
    found = pairs(graph, "member_of")
    assert ("Maria Lopez", "Democratic Party") in found
    assert ("John Abbot", "Republican Party") in found
    assert ("Maria Lopez", "Republican Party") not in found
    assert ("John Abbot", "Democratic Party") not in found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the article names no such party: an ideology, not a membership
        (
            "Conservative lawmaker Pieter Jansen criticized the budget in The Hague.",
            ("Pieter Jansen", "Conservative Party"),
        ),
        # a comma between the party and the title: no title of the name
        (
            "The vote split the Labour Party, Prime Minister Tomas Berg said on Friday.",
            ("Tomas Berg", "Labour Party"),
        ),
        # another country's official in the same story: his own title, no party word
        (
            "Conservative candidate Ruth Baines met German Chancellor Klaus Weber in London. "
            "The Conservative Party welcomed the visit.",
            ("Klaus Weber", "Conservative Party"),
        ),
    ],
)
def test_act34_no_party_without_its_word(extract: Any, text: str, absent: tuple[str, str]) -> None:
    """No party for a word the article never names as a party, across a comma, or for a
    person whose own title has no party word."""
    graph = extract(text, published="2015-05-07")
    assert absent not in pairs(graph, "member_of")
    assert absent not in pairs(graph, "leader_of")


def test_act34_party_leader_not_also_plain_member(extract: Any) -> None:
    """ "Labour leader X" with the article's "Labour Party": the leader only, no second,
    plain membership of the same party."""
    graph = extract(
        "The Labour Party gained seats in Wales. Labour leader Rhys Owen thanked voters.",
        published="2015-05-07",
    )
    leads = pairs(graph, "leader_of")
    assert any(s == "Rhys Owen" and o.startswith("Labour") for s, o in leads)
    assert not any(
        s == "Rhys Owen" and o.startswith("Labour") for s, o in pairs(graph, "member_of")
    )
