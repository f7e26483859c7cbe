"""Titles and roles read right (issue 13, act30).

1. An organisation's or group's possessive right before a person's bare name makes the person
   one of its members ("Alberta Court of Appeal's Myra Bielby said", "the UN's X"):
   kg/extract/roles.py ``_staff_possessive``. A country's possessive does not (the gazetteer's
   dated roles read it), nor a person's, nor the first name of a list; a name the gazetteer
   gives an office of the owner holds that office.
2. An army rank and nothing more before a name ("Major-General X told AFP") in an article
   about one country that names its army: X is a member of that army
   (kg/extract/role_owners.py ``_rank_office``, ranks in kg/data/en/titles.json
   "army_ranks"). Not when the name has an apposition of its own, nor when the sentence names
   another country, nor for a rank that is not an army's ("Captain X").
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Oxfam's Maria Lopez said the clinic had run out of insulin.",
            ("Maria Lopez", "Oxfam"),
            None,
        ),
        (
            "The World Bank's Tomas Berg said the loan would be paid in March.",
            ("Tomas Berg", "World Bank"),
            None,
        ),
        (
            '"The ruling stands," British Columbia Court of Appeal\'s David Harris said on Friday.',
            ("David Harris", "British Columbia Court of Appeal"),
            None,
        ),
        # a country's possessive before an unknown name is no office of the country
        (
            "Chile's Pedro Alvarez said the mine would reopen in May.",
            None,
            ("Pedro Alvarez", "Chile"),
        ),
        # a list: whose the second name is, the sentence does not say
        (
            "The World Bank's Tomas Berg and Ana Ruiz met the minister in Lima.",
            None,
            ("Tomas Berg", "World Bank"),
        ),
    ],
)
def test_act30_possessive_of_a_body_before_a_bare_name(
    extract: Any,
    text: str,
    expected: tuple[str, str] | None,
    absent: tuple[str, str] | None,
) -> None:
    """ "ORG's Firstname Lastname": a member of the organisation; a country's possessive or a
    list of names gives no membership."""
    found = pairs(extract(text, published="2015-06-10"), "member_of")
    if expected:
        assert expected in found
    if absent:
        assert absent not in found


@pytest.mark.parametrize(
    "text",
    [
        # a surname alone names one the story knows by an office
        "Putin backs UEFA's Platini amid the vote\n\nUEFA President Michel Platini spoke.",
        # an office of the owner given before
        "UEFA President Michel Platini spoke on Friday. UEFA's Michel Platini said the vote "
        "would go ahead.",
    ],
)
def test_act30_possessive_of_a_body_before_its_head(extract: Any, text: str) -> None:
    """ "UEFA's Platini" (a surname alone), or "UEFA's Michel Platini" after "UEFA President
    Michel Platini": the head is not made a plain member too."""
    graph = extract(text, published="2015-06-10")
    assert ("Michel Platini", "UEFA") not in pairs(graph, "member_of")
    assert ("Michel Platini", "UEFA") in pairs(graph, "leader_of")


def test_act30_possessive_of_a_known_leader_keeps_the_gazetteer(extract: Any) -> None:
    """A name the gazetteer gives an office of the body ("NATO's Jens Stoltenberg", its
    secretary-general from 2014) holds that office on the date, and is not made a plain
    member."""
    graph = extract("NATO's Jens Stoltenberg said the alliance would help.", published="2015-06-10")
    assert ("Jens Stoltenberg", "NATO") in pairs(graph, "leader_of")
    assert ("Jens Stoltenberg", "NATO") not in pairs(graph, "member_of")


PERU = (
    "Peru sends troops to the southern mines\n\n"
    "Peru's army sealed the roads to the southern mines on Friday, and Peru's government said "
    "the army would stay.\n\n"
    "{line}\n\n"
    "Peru has asked the miners for calm."
)


@pytest.mark.parametrize(
    ("line", "person", "member"),
    [
        ("Colonel Ana Torres said the checkpoints would stay for a week.", "Ana Torres", True),
        (
            '"The roads are open again," Brigadier-General Luis Campos told reporters.',
            "Luis Campos",
            True,
        ),
        # an apposition says whose the officer is
        (
            "Lieutenant-General Mark Dale, commander of the US training mission, said the roads "
            "were safe.",
            "Mark Dale",
            False,
        ),
        # another country in the sentence: the officer may be its
        (
            "Colonel Ana Torres said Bolivia had closed its side of the border.",
            "Ana Torres",
            False,
        ),
        # the sentence names the army and says what the officer is of it
        (
            "The army, headed by General Ana Torres, sealed the last road on Saturday.",
            "Ana Torres",
            False,
        ),
        # appointed to a post: the post says whose the officer is
        (
            "Colonel Ana Torres was appointed to replace him on Saturday.",
            "Ana Torres",
            False,
        ),
        (
            "The president appointed Brigadier General Luis Campos to replace him.",
            "Luis Campos",
            False,
        ),
        # no army rank: a captain may be a ship's or a team's
        ("Captain Jorge Silva said the checkpoints would stay.", "Jorge Silva", False),
    ],
)
def test_act30_army_rank_in_a_one_country_story(
    extract: Any, line: str, person: str, member: bool
) -> None:
    """An army rank alone before a name, in a story about Peru that names Peru's army: the
    officer is a member of that army."""
    graph = extract(PERU.format(line=line), published="2015-06-10")
    found = {s: o for s, o in pairs(graph, "member_of") if s == person}
    armies = [o for o in found.values() if "army" in o.lower()]
    assert bool(armies) is member, found


def test_act30_army_rank_with_no_army_named(extract: Any) -> None:
    """A rank alone in a story about one country that never names its army: no owner is
    guessed."""
    text = (
        "Peru opens the southern roads\n\n"
        "Peru reopened the roads to the southern mines on Friday.\n\n"
        "Colonel Ana Torres said the checkpoints would stay for a week.\n\n"
        "Peru has asked the miners for calm."
    )
    found = pairs(extract(text, published="2015-06-10"), "member_of")
    assert not {o for s, o in found if s == "Ana Torres"}
