"""One node per real actor (the actors issue's entity target, round 55): a given name written
alone that the model read as a body or a place ("explained Sunai.") is the article's one person
of that given name; a full name written again with a typo in its surname ("Maria Sanches"
after "Maria Sanchez") is that person; a surname the model read as a nationality ("that
Sarkissian faces charges") is the person's, not the relative's; a slogan's or a title's
quoted name ("his campaign slogan "Sai Jonathan"") is no one; a people's plural after a
lower-case compass word ("the eastern Europeans") is that part's group, not the whole people;
a name the model did not tag as the object of "overlooking" is a place's. Different people
stay apart: two given names or surnames one letter apart, two people of one given name, a
king and a prince of one name, a known place or body and a person."""

from __future__ import annotations

from typing import Any

import pytest

from kg.resolve.names import surname_typos
from tests.conftest import node_types

# text, a label that must be a node (with its type), labels that must be no node
ONE_NODE = [
    # a given name alone, read as an organisation or a place
    (
        'Sunai Phasuk, a researcher, spoke in Bangkok on Monday. "The police ignore these '
        'cases," explained Sunai.',
        ("Sunai Phasuk", "Person"),
        ("Sunai",),
    ),
    (
        'Supinya Klangnarong, a media activist, spoke in Bangkok on Monday. "The police ignore '
        'these cases," explained Supinya.',
        ("Supinya Klangnarong", "Person"),
        ("Supinya",),
    ),
    (
        'Ambiga Sreenevasan, a former bar president, spoke in Kuala Lumpur. "In Malaysia, the '
        'courts are slow," explained Ambiga.',
        ("Ambiga Sreenevasan", "Person"),
        ("Ambiga",),
    ),
    (
        'Wirathu Thein, a monk, spoke in Yangon. "In Myanmar, we have many laws," explained '
        "Wirathu.",
        ("Wirathu Thein", "Person"),
        ("Wirathu",),
    ),
    # a surname written again with a typo
    (
        "Maria Sanchez, a lawyer for the families, said the army lied. The families trust "
        "Maria Sanches, the lawyer said.",
        ("Maria Sanchez", "Person"),
        ("Maria Sanches",),
    ),
    (
        "Ahmed Karimi, an aide to the governor, was arrested in Herat. Police said Ahmed Karimy "
        "had been held since May.",
        ("Ahmed Karimi", "Person"),
        ("Ahmed Karimy",),
    ),
    # a surname read as a nationality
    (
        "Armen Sarkissian, a reporter for the Post in Iran, will appear in a Revolutionary "
        "Court on Tuesday, his brother Levon Sarkissian said.\n\nCiting his lawyer, the Post "
        "said in April that Sarkissian faces espionage charges.\n\nSarkissian, who has been "
        "detained for more than 10 months, was arrested at his home in Tehran.",
        ("Armen Sarkissian", "Person"),
        ("Sarkissian",),
    ),
    # a slogan's quoted name
    (
        "Supporters of Goodluck Jonathan wore shirts bearing his campaign slogan "
        '"Sai Jonathan" in Abuja. Jonathan lost the vote.',
        ("Goodluck Jonathan", "Person"),
        ("Sai Jonathan",),
    ),
    # a people's part, after a lower-case compass word: a group of its own, not the people
    (
        "Powerful member states such as Britain and the eastern Europeans are already "
        "opposing the plan.",
        ("eastern Europeans", "Group"),
        ("Europeans",),
    ),
    (
        "Many western Africans cross the desert each year, officials in Niger said.",
        ("western Africans", "Group"),
        ("Africans",),
    ),
    # a name the model did not tag, overlooked
    (
        "Coalition warplanes bombed a rebel gathering on a hill overlooking Taez, a local "
        "official said.",
        ("Taez", "City"),
        (),
    ),
]

# text, labels that must each be a node of their own (two actors, never one)
APART = [
    # given names and surnames one letter apart, or a surname grown by a letter
    ("John Kerry met John Berry in Paris. John Berry said little.", ("John Kerry", "John Berry")),
    (
        "Ali Saleh, a Yemeni lawmaker, met Ali Salehi, Iran's nuclear chief, in Muscat.",
        ("Ali Saleh", "Ali Salehi"),
    ),
    (
        "Omar Hassan met Omer Hassan in Khartoum on Monday. Omer Hassan said the talks failed.",
        ("Omar Hassan", "Omer Hassan"),
    ),
    # two people of one given name: a given name alone is neither's
    (
        "Supinya Klangnarong and Supinya Chaiyaporn, two activists, spoke in Bangkok. "
        '"The police ignore these cases," explained Supinya.',
        ("Supinya Klangnarong", "Supinya Chaiyaporn"),
    ),
    # a known place or body of a person's given name
    (
        "Aden Duale, the majority leader, spoke in Nairobi. Fighting continued in Aden.",
        ("Aden Duale", "Aden"),
    ),
    (
        "Sunni leaders met Ahmed Sunni in Baghdad. Sunnis protested in Ramadi.",
        ("Ahmed Sunni", "Sunnis"),
    ),
    # a king and a prince of one name; a given name and a full name of it
    (
        "King Salman met Mohammed bin Salman in Riyadh. Salman later flew to Jeddah.",
        ("Salman bin Abdulaziz", "Mohammed bin Salman"),
    ),
    (
        "Abdullah Abdullah met King Abdullah in Amman. Abdullah said the talks went well.",
        ("Abdullah Abdullah", "Abdullah"),
    ),
    # a people's plural with no compass word, or a compass word that is no part of it
    ("Europeans fear the plan, Viktor Orban said.", ("Europeans", "Viktor Orbán")),
    (
        "Fighters in the far north attacked Iraqis and Kurds on Monday.",
        ("Iraqis", "Kurds"),
    ),
    # a name outside a slogan's quotes is a person's still
    (
        "The slogan was coined by Barack Obama in 2008, Hillary Clinton said.",
        ("Barack Obama", "Hillary Clinton"),
    ),
]


@pytest.mark.parametrize(("text", "node", "absent"), ONE_NODE)
def test_one_node55_one_node(
    extract: Any, text: str, node: tuple[str, str], absent: tuple[str, ...]
) -> None:
    """The forms the article writes of one actor make one node of its type."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(node[0]) == node[1], types
    for label in absent:
        assert label not in types, types


@pytest.mark.parametrize(("text", "labels"), APART)
def test_one_node55_apart(extract: Any, text: str, labels: tuple[str, ...]) -> None:
    """Different actors keep a node each."""
    types = node_types(extract(text, published="2015-06-10"))
    for label in labels:
        assert label in types, types


SURNAME_TYPOS = [
    (["Daniel Lurie", "Daniel Lurie", "Daniel Luria"], {"near:Daniel Luria": "Daniel Lurie"}),
    (["Maria Sanches", "Maria Sanchez", "Maria Sanchez"], {"near:Maria Sanches": "Maria Sanchez"}),
    (["Ahmed Karimi", "Ahmed Karimy"], {"near:Ahmed Karimy": "Ahmed Karimi"}),
    (["John Kerry", "John Berry"], {}),  # the first letters differ
    (["Ali Saleh", "Ali Salehi"], {}),  # a letter more: another name
    (["Omar Hassan", "Omer Hassan"], {}),  # the given names differ
    (["Kim Jong-un", "Kim Jong-il"], {}),  # no word of letters only
    (["Li Wei", "Li Wen"], {}),  # a surname of under five letters
    (["Daniel Lurie", "Daniel Luria", "Daniel Lurid"], {}),  # two near names: which?
]


@pytest.mark.parametrize(("written", "expected"), SURNAME_TYPOS)
def test_one_node55_surname_typos(written: list[str], expected: dict[str, str]) -> None:
    """A full name with one typo in a surname of five letters or more is the name written
    more often (or first); other names stay apart."""
    assert surname_typos(written) == expected
