"""A party's word before an unnamed description that is a clause's subject (kg/extract/
party_titles.py ``_one_phrase``): "The Democratic candidate criticised X" makes no one a
member of the party; the word belongs to the description, not to the name after the verb.
A party's word, a title and a name in one phrase still do ("Democratic Senator X", "his
Labour rival X"). Sentences of our own about other actors than the article that showed the
miss."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

NOT_MEMBER = [
    # text, the (person, party) pair that must not be claimed
    ("The Democratic candidate criticised Donald Trump.", ("Donald Trump", "Democratic Party")),
    ("The Republican senator praised Joe Biden.", ("Joe Biden", "Republican Party")),
    ("The Republican governor thanked Nancy Pelosi.", ("Nancy Pelosi", "Republican Party")),
    (
        "The Democratic congressman has welcomed Mitt Romney to the state.",
        ("Mitt Romney", "Democratic Party"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NOT_MEMBER)
def test_party_titles_clause_object_no_member(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A verb between the party's word and the name: the name is no member."""
    assert pair not in pairs(extract(text, published="2015-05-10"), "member_of")


MEMBER = [
    ("He met Democratic Senator Bernie Sanders.", ("Bernie Sanders", "Democratic Party")),
    (
        "Democratic candidate Hillary Clinton spoke in Iowa.",
        ("Hillary Clinton", "Democratic Party"),
    ),
    (
        "Republican presidential hopeful Jeb Bush visited Iowa.",
        ("Jeb Bush", "Republican Party"),
    ),
    # a participle in the title is no clause's verb
    (
        "Republican acting Governor Jane Swift spoke in Boston.",
        ("Jane Swift", "Republican Party"),
    ),
    (
        "Democratic elected official Tom Smith spoke in Boston.",
        ("Tom Smith", "Democratic Party"),
    ),
    (
        "Theresa May and her Labour rival Yvette Cooper spoke.",
        ("Yvette Cooper", "Labour"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), MEMBER)
def test_party_titles_one_phrase_member(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """A party's word, a title and the name in one phrase: the person is a member."""
    assert pair in pairs(extract(text, published="2015-05-10"), "member_of")
