"""People held named after an armed group (issue 12/13, grp4).

"five Hamas detainees", "ISIL prisoners", "Muslim Brotherhood inmates": people held
(``captive_nouns`` in kg/data/en/sector_nouns.json) right after the name of an armed group
or movement are a group of their own article, labelled as written with its number
(kg/resolve/collectives.py ``find_captives``), and members of the named group
(kg/extract/roles.py ``captive_members``); what is done to them is not done to the group.
Not after a country's or people's name ("Palestinian prisoners" are the country's people),
not after a possessive ("the Taliban's prisoners" are held by it), and not other nouns
("Hamas fighters" are Hamas).

"journalists", "reporters", "doctors", "medics", "nurses" (``trade_nouns``) written bare are a
group of their article (kg/resolve/collectives.py ``_bare_trade``), not "the journalists"
(people named before), not "doctors at Samsung" (a named place's staff), not "journalists
it accused of ..." (the accuser's words), and not a name's word ("Reporters Without Borders").
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Israel freed 20 Hamas prisoners on Monday.",
            "conceded_to",
            ("Israel", "20 Hamas prisoners"),
        ),
        (
            "Israel freed 20 Hamas prisoners on Monday.",
            "member_of",
            ("20 Hamas prisoners", "Hamas"),
        ),
        (
            "Jordan agreed to extend travel restrictions on four Hezbollah detainees.",
            "member_of",
            ("four Hezbollah detainees", "Hezbollah"),
        ),
        (
            "Egypt sentenced Muslim Brotherhood detainees to death on Saturday.",
            "member_of",
            ("Muslim Brotherhood detainees", "Muslim Brotherhood"),
        ),
    ],
)
def test_grp4_captives_are_a_group_of_the_named_side(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """People held after an armed group's name: their own group, a member of it."""
    graph = extract(text, published="2015-05-20")
    assert expected in pairs(graph, predicate)
    held = next(label for label in expected if label.endswith(("prisoners", "detainees")))
    assert node_types(graph)[held] == "Group"


def test_grp4_the_group_itself_is_not_freed(extract: Any) -> None:
    """What is done to the captives is not done to the group they belong to."""
    graph = extract("Israel freed 20 Hamas prisoners on Monday.", published="2015-05-20")
    assert ("Israel", "Hamas") not in pairs(graph, "conceded_to")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # a country's people are not a captive group of an armed group
        ("Israel released 30 Palestinian prisoners on Monday.", "30 Palestinian prisoners"),
        # held by the group: a possessive says whose prisoners, not whose members
        ("The Taliban's prisoners were freed by Afghan forces.", "Taliban's prisoners"),
        # fighters are the group itself (a side noun), not people it lost
        ("Hezbollah fighters attacked the town on Monday.", "Hezbollah fighters"),
    ],
)
def test_grp4_no_captive_group(extract: Any, text: str, label: str) -> None:
    """No captive group after a country, a possessive, or with another noun."""
    graph = extract(text, published="2015-05-20")
    assert label not in node_types(graph)
    assert not any(s == label for s, _ in pairs(graph, "member_of"))


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Militants in Mali kidnapped journalists on Tuesday.",
            "attacked",
            ("Militants", "journalists"),
        ),
        (
            "A suicide bombing by Boko Haram killed 12 young doctors in Maiduguri.",
            "attacked",
            ("Boko Haram", "young doctors"),
        ),
        (
            "In Peru, the National Press Council published a report critical of "
            "reporters' coverage.",
            "criticized",
            ("National Press Council", "reporters"),
        ),
    ],
)
def test_grp4_bare_trade_people_are_a_group(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """People of a trade written bare: a group of their article."""
    assert expected in pairs(extract(text, published="2015-05-20"), predicate)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # named before: "the journalists" are those people, not a new group
        (
            "Two BBC journalists, Ali Hassan and Omar Saleh, were held in Tehran.\n\n"
            "Britain pressed the Iranian government to release the journalists.",
            "journalists",
        ),
        # a named place's staff
        (
            "The patient was isolated after nurses at Mount Sinai alerted the government.",
            "nurses",
        ),
        # a relative clause of accusation: the accuser's words about them
        (
            "Turkey arrested journalists it accused of supporting the PKK.",
            "journalists",
        ),
        # a name's word
        ("Reporters Without Borders condemned Azerbaijan on Monday.", "Reporters"),
    ],
)
def test_grp4_trade_people_not_bare(extract: Any, text: str, label: str) -> None:
    """Not written bare: no group of the article."""
    graph = extract(text, published="2015-05-20")
    assert label not in node_types(graph)
