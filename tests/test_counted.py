"""Counted people that a sanction or an act of aid takes as object ("arrested 14 young men",
"rescued 120 women and children") are a group of their article labelled as written with their
number (kg/resolve/counted.py; gen54). Sentences of our own, about other actors than the
articles the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FIRES = [
    (
        "Kenyan police arrested 14 young men in Mombasa on Tuesday.",
        ("Kenyan police", "sanctioned", "14 young men"),
    ),
    (
        "Turkish authorities have detained nearly 40 members of a banned union.",
        ("Turkish authorities", "sanctioned", "nearly 40 members of a banned union"),
    ),
    (
        "Iran has executed three members of a Kurdish group.",
        ("Iran", "attacked", "three members"),
    ),
    (
        "The Greek coastguard rescued 120 women and children off Lesbos.",
        ("Greek coastguard", "supported", "120 women and children"),
    ),
    (
        "Twelve students were arrested by Zimbabwean police in Harare.",
        ("Zimbabwean police", "sanctioned", "Twelve students"),
    ),
    (
        "The Tunisian court sentenced two men to 10 years in prison.",
        ("Tunisian court", "sanctioned", "two men"),
    ),
]


ACTS = [
    (
        "Robert Mugabe ordered the execution of 12 senior officials last year.",
        ("Robert Mugabe", "attacked", "12 senior officials"),
    ),
    (
        "Saudi police announced the arrest of 30 suspects in Riyadh.",
        ("Saudi police", "sanctioned", "30 suspects"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ACTS)
def test_counted_people_of_an_act_noun_are_a_group(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The counted "of" object of a sanction noun ("the arrest of 30 suspects") is a Group
    node, as the object of its verb is."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    assert labelled(graph, triple[2]).type.value == "Group"


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_counted_people_acted_upon_are_a_group(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A counted people noun, object of a sanction or aid verb, is a Group node so labelled."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    assert labelled(graph, triple[2]).type.value == "Group"


STAFF = [
    (
        "Interpol arrested five senior UEFA officials in Monaco.",
        ("Interpol", "sanctioned", "five senior UEFA officials"),
        "UEFA",
    ),
    (
        "Seven IAAF officials were indicted by French prosecutors on Monday.",
        ("French prosecutors", "sanctioned", "Seven IAAF officials"),
        "IAAF",
    ),
    (
        "Egyptian police detained three Reuters journalists in Cairo.",
        ("Egyptian police", "sanctioned", "three Reuters journalists"),
        "Reuters",
    ),
]


@pytest.mark.parametrize(("text", "triple", "org"), STAFF)
def test_counted_staff_of_an_organisation_are_its_members(
    extract: Any, text: str, triple: tuple[str, str, str], org: str
) -> None:
    """Counted people with an organisation's name before their noun are a group of their own,
    acted upon, and members of the organisation (gold: "FIFA officials member_of FIFA")."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert (triple[2], "member_of", org) in found, found
    assert (triple[0], triple[1], org) not in found, found


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Israel arrested three Hamas leaders in Hebron.", ("Israel", "sanctioned", "Hamas")),
        (
            "Afghan forces detained five Taliban commanders in Kunduz.",
            ("Afghan forces", "sanctioned", "Taliban"),
        ),
    ],
)
def test_counted_people_of_an_armed_group_stand_for_it(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Counted people with an armed group's name inside stand for the group: no counted
    group and no membership."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert not any(s[:1].isdigit() or s.startswith(("three", "five")) for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian troops killed 30 people in Borno.",  # no sanction or aid verb
        "Kenyan police arrested the suspects in Mombasa.",  # no number
        "Kenyan police arrested 30 tonnes of ivory in Mombasa.",  # no people
        "The arrest of their leader and of six members angered the group.",  # a second "of"
    ],
)
def test_counted_other_phrases_make_no_group(extract: Any, text: str) -> None:
    """A count under another verb, people with no number, or things counted make no group."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label for e in graph.entities.values()}
    assert not any(label[:1].isdigit() or label.startswith("30") for label in labels), labels
    assert "suspects" not in " ".join(labels)


def test_counted_people_of_a_people_are_no_staff(extract: Any) -> None:
    """A people's name before counted people ("12 Rohingya migrants") is no employer: the
    group is made as before, a member of nothing."""
    found = triples(extract("Thai police arrested 12 Rohingya migrants in Songkhla."))
    assert ("Thai police", "sanctioned", "12 Rohingya migrants") in found, found
    assert not any(p == "member_of" for _, p, _ in found), found
