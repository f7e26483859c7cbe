"""Stance held by groups written with a common noun, not a name ("critics", "home fans",
"80 percent of respondents", "economists", "conservation groups"): comma-joined passive
agents of a law (kg/extract/stance_holders.py), a stance noun under its light verb on a law
("raised concerns over the bill"), a share of people as the subject (kg/resolve/people.py,
kg/extract/interactions.py), plural job nouns (kg/resolve/described.py) and reported wrongs
("is silencing dissent": ``evaluations.wrong_verbs``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

FIRES = [
    # a passive participle set off by a comma keeps its own agent (stance56 read "and" only)
    (
        "The Paris Agreement was backed by France, championed by big employers and endorsed "
        "by celebrities.",
        ("big employers", "supported", "Paris Agreement"),
    ),
    (
        "The Paris Agreement was backed by France, championed by big employers and endorsed "
        "by celebrities.",
        ("celebrities", "supported", "Paris Agreement"),
    ),
    # fans are people (WordNet files the device first)
    (
        "Inside the stadium the Marriage Equality Act was endorsed by the home fans.",
        ("home fans", "supported", "Marriage Equality Act"),
    ),
    ("Angry fans criticized Sepp Blatter on Friday.", ("angry fans", "criticized", "Sepp Blatter")),
    # a stance noun under one of its light verbs, on a law
    (
        "Critics, including two senators, have raised concerns over the Patriot Act.",
        ("critics", "criticized", "Patriot Act"),
    ),
    (
        "The Green Party expressed concern about the Clean Air Act.",
        ("Green Party", "criticized", "Clean Air Act"),
    ),
    # a share of people is the people
    (
        "In a survey, 70 percent of respondents demanded that Nicolas Maduro step down.",
        ("respondents", "criticized", "Nicolás Maduro"),
    ),
    (
        "Half of the students criticized Prime Minister Shinzo Abe.",
        ("students", "criticized", "Shinzo Abe"),
    ),
    # the plural of a job is a group; so are conservation groups
    (
        "Economists criticized Finance Minister Yanis Varoufakis.",
        ("economists", "criticized", "Yanis Varoufakis"),
    ),
    (
        "Conservation groups condemned the Brazilian government.",
        ("Conservation groups", "criticized", "Brazilian government"),
    ),
    # a relative clause of the group's own
    (
        "The verdict angered doctors who have expressed solidarity with Ahmed Mansoor.",
        ("doctors", "supported", "Ahmed Mansoor"),
    ),
    (
        "The pastor thanked students who have backed Joshua Wong.",
        ("students", "supported", "Joshua Wong"),
    ),
    # a reported wrong
    (
        "Human rights groups say the Chinese government is silencing dissent.",
        ("Human rights groups", "criticized", "Chinese government"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_group_stances_unnamed_holder(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A group written by a common noun holds the stance its sentence gives it."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a role noun with no verb of its own
    ("Critics of the president gathered in the square on Monday.", "critics"),
    # no stance object
    ("Supporters gathered in the square on Monday.", "supporters"),
    ("Fans cheered.", "fans"),
    ("The ceiling fan broke in the heat.", "fan"),
    # a statement is no stance
    ("Some residents said they heard blasts.", "residents"),
    ("In a survey, 80 percent of respondents said they trusted the army.", "respondents"),
    ("Economists warned of a recession in Greece.", "economists"),
    # a doer that is no holder
    ("The plan was drawn up by officials.", "officials"),
    # a verb that is not the light verb of the noun
    ("Residents shared concerns over the Clean Air Act.", "residents"),
    # a participle that is no stance verb
    ("The Clean Air Act was passed, prompted by protests by students.", "students"),
    # guns silenced are no reported wrong of a speaker
    ("Witnesses said the Syrian army silenced the rebel guns.", "witnesses"),
    # a relative clause that is no event, or tells a statement
    ("Residents who said they heard blasts fled the town.", "residents"),
    ("Economists who study the region expect growth to slow.", "economists"),
    # owners of what: a relational job noun in the plural is no group
    ("The law allows owners to evict residents who have not paid rent.", "owners"),
]


@pytest.mark.parametrize(("text", "holder"), NO_CLAIM)
def test_group_stances_no_claim(extract: Any, text: str, holder: str) -> None:
    """No stance verb of the group's own, a statement, a doer, a misread verb or a
    relational job: no claim held by the group."""
    found = triples(extract(text, published="2015-05-15"))
    held = {t for t in found if t[0].lower() == holder}
    assert not held, found


HEDGED = [
    (
        "If the dam is built, conservation groups would condemn the Brazilian government.",
        ("conservation groups", "criticized", "Brazilian government"),
    ),
    (
        "Critics may raise concerns over the Patriot Act.",
        ("critics", "criticized", "Patriot Act"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), HEDGED)
def test_group_stances_hypothetical_kept(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A hedged stance of a group keeps its hypothetical status."""
    graph = extract(text, published="2015-05-15")
    assert statuses(graph, triple) == {"hypothetical"}, triples(graph)


def test_group_stances_match_report_coercion(extract: Any) -> None:
    """In a match report, silencing the home fans is sport, no coercion; elsewhere it is."""
    report = extract(
        "Juventus drew 1-1 with Real Madrid in the Champions League semi-final second-leg. "
        "Alvaro Morata silenced the home fans with a goal on the hour.",
        published="2015-05-15",
    )
    assert not {t for t in triples(report) if t[1] == "coerced"}, triples(report)
    news = extract("Gunmen silenced the home fans in the stadium.", published="2015-05-15")
    assert ("Gunmen", "coerced", "home fans") in triples(news)
