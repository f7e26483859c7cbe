"""Epithets as coreference (kg/extract/epithets.py): a definite description with a
capitalised modifier, main subject of its sentence, stands for the person just named
("Rand Paul ... The Kentucky senator criticised Clinton")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a place or party modifier with a title or a noun for people
    (
        "Senator Rand Paul announced his candidacy on Tuesday. "
        "The Kentucky senator criticised Hillary Clinton.",
        ("Rand Paul", "criticized", "Hillary Clinton"),
    ),
    (
        "Jeb Bush spoke in Iowa on Monday. The former Florida governor criticised Barack Obama.",
        ("Jeb Bush", "criticized", "Barack Obama"),
    ),
    (
        "Prime Minister Stephen Harper faced questions on Tuesday. "
        "Last weekend, the Conservative leader visited Iraq.",
        ("Stephen Harper", "visited", "Iraq"),
    ),
    (
        "Bernie Sanders spoke in Vermont on Monday. The Vermont senator criticised Donald Trump.",
        ("Bernie Sanders", "criticized", "Donald Trump"),
    ),
    # the sentence before mentions the person by a pronoun only
    (
        "Scott Walker spoke in Iowa on Monday. He said the vote was close. "
        "The Wisconsin governor criticised Hillary Clinton.",
        ("Scott Walker", "criticized", "Hillary Clinton"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_epithets_take_up_the_person(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The epithet's claim is the person's just named."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_LINK = [
    # no capitalised or age modifier: someone the story brings along
    (
        "Mohamed Morsi was sentenced to death on Saturday. "
        "The presiding judge criticised the Muslim Brotherhood.",
        "Mohamed Morsi",
    ),
    # a noun for many people
    (
        "Nadia Hamdan spoke to reporters on Monday. The Christian family criticised Israel.",
        "Nadia Hamdan",
    ),
    # a country the person is not tied to
    (
        "John Kerry arrived in Baghdad on Monday. The Iraqi activist criticised Iran.",
        "John Kerry",
    ),
    # a title with two people named before it
    (
        "Barack Obama met Benjamin Netanyahu on Monday. The Republican senator criticised Iran.",
        "Barack Obama",
    ),
    # said to be someone else
    (
        "Senator Rand Paul spoke on Tuesday. The other Kentucky senator criticised Iran.",
        "Rand Paul",
    ),
]


@pytest.mark.parametrize(("text", "person"), NO_LINK)
def test_epithets_left_unlinked(extract: Any, text: str, person: str) -> None:
    """A bridged, collective, contradicted, ambiguous or other description is not the person."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[0] == person and t[1] == "criticized"}, found
