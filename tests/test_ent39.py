"""Actors the small model misses or misnames (ent39).

A programme page writes its credits run together ("Presenter: X Guests Y, ..."), and the model
reads one person "X Guests": the span is cut at the credit word (``credit_words`` of
kg/data/en/names.json). Regional bodies and an aid group the model leaves untagged are
gazetteer rows (kg/data/gazetteer.jsonl). An unowned collective keeps the side word the article
writes before it ("the warring factions", "rival army factions"; ``side_modifiers``), which the
model tags a verb or leaves behind a compound noun. An untagged name with a kin noun in
apposition ("X, the mother of one of the victims, told ...") is a person, as one with a role
there is. A past upheaval named by its year ("the 2011 uprising") and the coup an article tells
of ("the coup attempt", "a failed coup") are events of their article. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, node_types, pairs


@pytest.mark.parametrize(
    ("text", "persons", "absent"),
    [
        (
            "Presenter: Sami Zeidan Guests Ahmed Salah, spokesperson for Egypt's presidency.",
            {"Sami Zeidan", "Ahmed Salah"},
            "Sami Zeidan Guests",
        ),
        (
            "Presenter: Martine Dennis Guests Tomas Novak, researcher at Amnesty International.",
            {"Martine Dennis", "Tomas Novak"},
            "Martine Dennis Guests",
        ),
    ],
)
def test_ent39_credit_word_cuts_person(
    extract: Any, text: str, persons: set[str], absent: str
) -> None:
    """A person span run over a credit word is the names on either side of it."""
    people = labels_of_type(extract(text, published="2015-06-10"), "Person")
    assert persons <= people
    assert absent not in people


def test_ent39_guest_keeps_role(extract: Any) -> None:
    """The guest named after the credit word holds the role written after the name."""
    graph = extract(
        "Presenter: Sami Zeidan Guests Ahmed Salah, spokesperson for Egypt's presidency.",
        published="2015-06-10",
    )
    assert ("Ahmed Salah", "Egypt's presidency") in pairs(graph, "spokesperson_for")


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "ECOWAS accused Mali of breaking the peace deal.",
            "criticized",
            ("Economic Community of West African States", "Mali"),
        ),
        (
            "Doctors Without Borders accused the Saudi-led coalition of bombing a hospital.",
            "criticized",
            ("Doctors Without Borders", "Saudi-led coalition"),
        ),
    ],
)
def test_ent39_untagged_body_acts(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A regional body or aid group the model leaves untagged is the actor of the claim."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "This move by ECOWAS will bind its member states.",
            "Economic Community of West African States",
        ),
        (
            "SADC criticised the government of Chad on Monday.",
            "Southern African Development Community",
        ),
    ],
)
def test_ent39_untagged_body_typed(extract: Any, text: str, name: str) -> None:
    """A regional body is an organisation, where it is no subject too ("a move by ECOWAS")."""
    assert node_types(extract(text, published="2015-06-10")).get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The UN envoy met the warring factions in Geneva.", "warring factions"),
        ("Ban Ki-moon urged rival army factions to stop fighting.", "rival army factions"),
    ],
)
def test_ent39_side_word_in_label(extract: Any, text: str, label: str) -> None:
    """An unowned collective is labelled with the side word written before it."""
    assert label in labels_of_type(extract(text, published="2015-06-10"), "Group")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            '"Nobody helped us," Carmen de la Rosa, the daughter of a detained activist, '
            "told reporters.",
            "Carmen de la Rosa",
        ),
        (
            '"They lied to us," Teresa del Campo, the mother of one of the missing students, '
            "told reporters.",
            "Teresa del Campo",
        ),
    ],
)
def test_ent39_untagged_name_with_kin(extract: Any, text: str, person: str) -> None:
    """An untagged name with a kin noun in apposition ("X, the mother of ...") is a person."""
    assert person in labels_of_type(extract(text, published="2015-06-10"), "Person")


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Many of the activists of the 2011 uprising are now in prison in Cairo.", "2011 uprising"),
        ("Gaddafi was killed during the 2011 popular uprising against his rule.", "2011 uprising"),
        ("The 2005 riots spread across France after two teenagers died.", "2005 riots"),
    ],
)
def test_ent39_dated_event(extract: Any, text: str, event: str) -> None:
    """A past upheaval named by its year is an event of its article, "<year> <noun>"."""
    assert event in labels_of_type(extract(text, published="2015-06-10"), "Event")


def test_ent39_year_before_clause_no_event(extract: Any) -> None:
    """A year that dates the clause ("In 2011, the uprising ...") names no event."""
    graph = extract("In 2011, the uprising spread to Syria.", published="2015-06-10")
    assert not labels_of_type(graph, "Event")


def test_ent39_coup_event_one_node(extract: Any) -> None:
    """The coup an article tells of is one event node, whatever phrase names it."""
    graph = extract(
        "The African Union condemned the coup attempt in Guinea-Bissau. "
        "General Antonio Indjai led the failed coup against the president.",
        published="2015-06-10",
    )
    coups = [e for e in graph.entities.values() if e.type.value == "Event" and e.label == "coup"]
    assert len(coups) == 1
    written = {m.text for m in graph.mentions[coups[0].id]}
    assert {"coup attempt", "failed coup"} <= written


@pytest.mark.parametrize(
    "text",
    [
        "The coup leaders fled to Rwanda on Friday.",
        "Anti-coup protesters marched in Niamey on Sunday.",
        "Soldiers arrested two leaders of a failed coup against President Issoufou.",
    ],
)
def test_ent39_coup_word_of_people_no_event(extract: Any, text: str) -> None:
    """A coup word that modifies people ("coup leaders", "anti-coup protesters") is no event."""
    assert not labels_of_type(extract(text, published="2015-06-10"), "Event")


def test_ent39_figurative_coup_no_event(extract: Any) -> None:
    """ "a diplomatic coup", "a major coup for X": a success, no coup event."""
    graph = extract(
        "The deal hands Tehran a diplomatic coup. It was a major coup for the Iranian "
        "foreign minister.",
        published="2015-06-10",
    )
    assert "coup" not in labels_of_type(graph, "Event")
