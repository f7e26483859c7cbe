"""Party words before a state's or city's title (fix36).

1. "Republican Governor X", "Democratic Mayor Y", "Socialist mayor Z": the capitalised word
   before the title is the holder's party (the gazetteer's "<Word> Party", an article's
   "<Word> party" or a camp's word of ``party_modifiers``), not a place he leads: no node
   typed City for it and no ``leader_of`` towards it (``roles._place_prefix_office``,
   ``roles._party_owner``, ``party_titles.party_word``); the holder is ``member_of`` the party
   where the article has one. A party leader's own title keeps the party ("Labour leader X").
2. "Governor X of Texas", "Mayor Y of New York": a city's or province's head title takes the
   city or province named after "of" on the holder's name (``roles._country_after_name``,
   ``local_head_titles``), as "King X of Jordan" takes the country.
3. "and shadow Chancellor X lose their seats": a ``shadow_words`` word the parser read as a
   verb before a capitalised title is the title's (``interactions._shadow_title``), no act.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs


@pytest.mark.parametrize(
    ("text", "leads", "member", "not_led"),
    [
        (
            "Republican Governor Scott Walker vetoed the bill.",
            None,
            ("Scott Walker", "Republican Party"),
            ("Scott Walker", "Republican"),
        ),
        (
            "Democratic Mayor Bill de Blasio of New York welcomed the plan.",
            ("Bill de Blasio", "New York"),
            ("Bill de Blasio", "Democratic Party"),
            ("Bill de Blasio", "Democratic"),
        ),
        (
            "London is busy. Conservative Mayor Boris Johnson of London welcomed the plan.",
            ("Boris Johnson", "London"),
            None,
            ("Boris Johnson", "Conservative"),
        ),
        (
            "The Socialist Party won the city. Socialist mayor Anne Hidalgo welcomed the plan.",
            None,
            ("Anne Hidalgo", "Socialist Party"),
            ("Anne Hidalgo", "Socialist"),
        ),
        (
            "Socialist mayor Anne Hidalgo welcomed the plan.",
            None,
            None,
            ("Anne Hidalgo", "Socialist"),
        ),
        ("Governor Greg Abbott of Texas signed the law.", ("Greg Abbott", "Texas"), None, None),
        ("Premier Rachel Notley of Alberta spoke.", ("Rachel Notley", "Alberta"), None, None),
    ],
)
def test_fix36_party_word_before_office(
    extract: Any,
    text: str,
    leads: tuple[str, str] | None,
    member: tuple[str, str] | None,
    not_led: tuple[str, str] | None,
) -> None:
    """The party's word is no place the holder leads; the place after "of" is."""
    graph = extract(text, published="2015-06-10")
    led = pairs(graph, "leader_of")
    if leads is not None:
        assert leads in led
    if member is not None:
        assert member in pairs(graph, "member_of")
    if not_led is not None:
        assert not_led not in led
        assert not_led[1] not in labels_of_type(graph, "City")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before the title is still the one the holder leads
        ("Texas Governor Greg Abbott signed the law.", ("Greg Abbott", "Texas")),
        # a party leader's own title is the party's
        ("Britain votes. Labour leader Ed Miliband conceded defeat.", ("Ed Miliband", "Labour")),
    ],
)
def test_fix36_kept(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A city before its head's title, a party before its leader's: leader_of as before."""
    assert expected in pairs(extract(text, published="2015-06-10"), "leader_of")


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # "shadow" read as a verb before a shadow portfolio: no act
        (
            "Britain votes. Labour lost 40 seats in Wales and saw its deputy leader, Tom Watson,"
            " and shadow Chancellor Ed Balls lose their seats.",
            False,
        ),
        # the verb itself still acts
        ("Russian agents shadow opposition activists in Moscow.", True),
    ],
)
def test_fix36_shadow_title_no_verb(extract: Any, text: str, acts: bool) -> None:
    """A shadow portfolio's word the parser read as a verb is no "mobilized" act."""
    assert bool(pairs(extract(text, published="2015-06-10"), "mobilized")) is acts
