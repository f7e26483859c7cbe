"""Party and chamber roles of politicians (role36).

1. "Democratic President X", "Republican Senator Y", "X, a Republican presidential hopeful":
   the US parties are named by their word alone; the gazetteer knows them
   (kg/data/gazetteer.jsonl, with their sector), and a party's word before a title or a
   politician's noun makes the person a member (kg/extract/party_titles.py ``_known_parties``).
2. A state office after a party's word ("Democratic President X", "Republican Governor Y") is
   held by a member of the party, not its leader (titles.json ``party_leader_titles``).
3. "Senator X" in a story on one country that names its Senate: a member of that chamber,
   not of the country (kg/extract/role_owners.py ``_story_chamber``).
4. "Secretary-General Y" of the organisation an article is about leads it, unless the
   article names another person its president ("UEFA President X ... Secretary-General Y":
   a member; role_owners ``_presided``, titles.json ``second_office_titles``).
5. A plural title apposed to the last of coordinated names is each name's, its coordinated
   modifiers in order ("X and Y - the current and former presidents of Z"; roles.py
   ``_shared_title``); a singular one is the last name's alone.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_US = (
    "The US Senate voted on Sunday to move ahead with the bill in the United States. The"
    " United States must act by Monday, officials in the United States said."
)


@pytest.mark.parametrize(
    ("text", "expected", "unexpected"),
    [
        (
            "It was a victory for Democratic President Jimmy Carter, who had pushed for the"
            " treaty.",
            ("Jimmy Carter", "member_of", "Democratic Party"),
            ("Jimmy Carter", "leader_of", "Democratic Party"),
        ),
        (
            "Senator Ted Cruz, a conservative Republican presidential hopeful, objected.",
            ("Ted Cruz", "member_of", "Republican Party"),
            None,
        ),
        (
            "Democratic candidate Beto O'Rourke conceded on Tuesday.",
            ("Beto O'Rourke", "member_of", "Democratic Party"),
            None,
        ),
        (
            "The Conservative Party lost ten seats. Conservative leader Michael Howard resigned.",
            ("Michael Howard", "leader_of", "Conservative Party"),
            None,
        ),
        (
            f"{_US} Passage was delayed by objections from Senator Ted Cruz.",
            ("Ted Cruz", "member_of", "US Senate"),
            ("Ted Cruz", "member_of", "United States"),
        ),
        (
            "Kenya's parliament passed the bill in Kenya on Monday. Kenya has long debated it."
            " Lawmaker Ababu Namwamba said it was unfair to Kenya.",
            ("Ababu Namwamba", "member_of", "Kenya's parliament"),
            ("Ababu Namwamba", "member_of", "Kenya"),
        ),
        (
            "UEFA President Michel Platini defended UEFA on Monday. UEFA said the claims were"
            " false. UEFA will meet on Friday. His right-hand man, Secretary-General Gianni"
            " Infantino, was not implicated, UEFA said.",
            ("Gianni Infantino", "member_of", "UEFA"),
            ("Gianni Infantino", "leader_of", "UEFA"),
        ),
        (
            "The OSCE said the claims were false. The OSCE will meet on Friday. Secretary-General"
            " Lamberto Zannier said the OSCE would help, the OSCE said.",
            ("Lamberto Zannier", "leader_of", "OSCE"),
            None,
        ),
        (
            "Among those charged are Michel Platini and Lennart Johansson - the current and"
            " former presidents of the AFC.",
            ("Michel Platini", "leader_of", "AFC"),
            None,
        ),
        (
            "Michel Platini and Lennart Johansson, the two vice presidents of UEFA, were"
            " questioned.",
            ("Michel Platini", "member_of", "UEFA"),
            None,
        ),
        (
            "Michel Platini and Lennart Johansson, the president of UEFA, were questioned.",
            ("Lennart Johansson", "leader_of", "UEFA"),
            ("Michel Platini", "leader_of", "UEFA"),
        ),
    ],
)
def test_party_titles_roles(
    extract: Any,
    text: str,
    expected: tuple[str, str, str],
    unexpected: tuple[str, str, str] | None,
) -> None:
    """A party's word or a chamber gives the politician's role its object."""
    found = triples(extract(text))
    assert expected in found
    if unexpected is not None:
        assert unexpected not in found


def test_party_titles_no_party_without_title(extract: Any) -> None:
    """The word alone, with no title or politician's noun, makes no member."""
    found = triples(extract("Jimmy Carter gave a Democratic speech in Atlanta on Monday."))
    assert not any(p == "member_of" and o == "Democratic Party" for _, p, o in found)
