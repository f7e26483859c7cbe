"""Leaders named by their party (issue 13, role34): a person's possessive on a party or
political movement names its leader, whether on the name itself ("Beppe Grillo's Five Star
Movement") or on a bare party word the name is in apposition to ("Mariano Rajoy's party
(the governing People's Party)") (kg/extract/roles.py ``_party_leader``). A person's
possessive on an office, a spokesman or an armed group is no party leadership."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

# (text, leader, party)
LEADS = [
    (
        "Voters turned to Shinzo Abe's Liberal Democratic Party after the crisis, polls showed.",
        "Shinzo Abe",
        "Liberal Democratic Party",
    ),
    (
        "Angela Merkel's Christian Democratic Union lost votes in the state election.",
        "Angela Merkel",
        "Christian Democratic Union",
    ),
    # a bare party word with the party's name in brackets or between commas
    (
        "Narendra Modi's party (the ruling Bharatiya Janata Party) lost ground in the vote.",
        "Narendra Modi",
        "Bharatiya Janata Party",
    ),
    (
        "Recep Tayyip Erdogan's party, the Justice and Development Party, lost its majority.",
        "Recep Tayyip Erdogan",
        "Justice and Development Party",
    ),
]


@pytest.mark.parametrize(("text", "leader", "party"), LEADS)
def test_role34_persons_party_is_led(extract: Any, text: str, leader: str, party: str) -> None:
    """The person whose party it is leads it, and is not also filed as a plain member."""
    graph = extract(text, published="2015-06-01")
    leads = pairs(graph, "leader_of")
    assert any(s == leader and party in o for s, o in leads), triples(graph)
    assert not any(s == leader and party in o for s, o in pairs(graph, "member_of"))


@pytest.mark.parametrize(
    "text",
    [
        # a person's office, spokesman or armed group: no party led
        "Barack Obama's administration imposed new sanctions on Moscow.",
        "Vladimir Putin's spokesman Dmitry Peskov denied the report.",
        "Nigerian troops attacked Abubakar Shekau's Boko Haram near Maiduguri.",
        # a party word that names no party of the sentence, and a name apposed to another noun
        "Jacob Zuma's party said on Friday that it would back the change.",
        "Jacob Zuma's lawyer, the African National Congress veteran, spoke on Friday.",
    ],
)
def test_role34_no_party_led(extract: Any, text: str) -> None:
    """No leader_of a party or movement from a possessive on anything but the party."""
    graph = extract(text, published="2015-06-01")
    parties = {
        o
        for s, o in pairs(graph, "leader_of")
        if any(w in o for w in ("Party", "Congress", "Boko", "Haram", "Union"))
    }
    assert not parties, triples(graph)


def test_role34_movement_stays_membership(extract: Any) -> None:
    """A looser political movement named by a person may be named by its figurehead: a
    member, not its leader."""
    graph = extract(
        "Police in Amman raided the offices of Zaki Bani Irshaid's Muslim Brotherhood.",
        published="2015-06-01",
    )
    assert ("Zaki Bani Irshaid", "Muslim Brotherhood") in pairs(graph, "member_of"), triples(graph)
    assert not pairs(graph, "leader_of"), triples(graph)


# (text, people the plural title after them names, its owner)
LISTED = [
    (
        "Hamas was founded in 1987 and its founders - Ahmed Yassin, Abdel Aziz al-Rantisi and "
        "Salah Shehadeh - were cautious.",
        ("Ahmed Yassin", "Abdel Aziz al-Rantisi"),
        "Hamas",
    ),
    (
        "Hamas was founded in 1987. Its leaders, Khaled Meshaal and Ismail Haniyeh, live in Doha.",
        ("Khaled Meshaal", "Ismail Haniyeh"),
        "Hamas",
    ),
]


@pytest.mark.parametrize(("text", "people", "owner"), LISTED)
def test_role34_each_of_a_listed_title(
    extract: Any, text: str, people: tuple[str, ...], owner: str
) -> None:
    """Every person of a list after a plural title and a comma or dash holds the title, not
    only the first the parser put in apposition."""
    graph = extract(text, published="2015-06-01")
    held = pairs(graph, "leader_of") | pairs(graph, "member_of")
    for person in people:
        assert (person, owner) in held, triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        # people joined to a plural title by "and" are not said to hold it
        "Hamas thanked its leaders and Khaled Meshaal in Doha.",
        "Hamas thanked its founders and Khaled Meshaal and Ismail Haniyeh in Doha.",
    ],
)
def test_role34_no_listed_title(extract: Any, text: str) -> None:
    """No role for people joined to a plural title by "and"."""
    graph = extract(text, published="2015-06-01")
    assert not pairs(graph, "leader_of"), triples(graph)
    assert not pairs(graph, "member_of"), triples(graph)
