"""A person described by nationality and role, named later with the same role noun
(kg/resolve/named_later.py): "An Egyptian judge ... Judge X" and "A Kenyan reporter ... X,
a reporter" are one node. Real model, people of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import assert_description_is, mention_pairs, named_on

ONE_NODE = [
    # a title after the description
    (
        "A Moroccan judge has ordered the release of two activists held in Rabat.\n\n"
        "The activists had been held for a month, but Judge Karim Bennani on Sunday ordered "
        "their release.",
        "moroccan judge",
        "Karim Bennani",
    ),
    # an apposition after the description, the same nationality
    (
        "A Kenyan reporter was arrested by police in Nairobi on Monday.\n\n"
        "John Kamau, a Kenyan reporter with a local newspaper, was held for six hours.",
        "kenyan reporter",
        "John Kamau",
    ),
    # the surname alone, titled again later: still one person
    (
        "A Moroccan judge has ordered the release of two activists held in Rabat.\n\n"
        "Judge Karim Bennani on Sunday ordered their release. Judge Bennani said the case "
        "was closed.",
        "moroccan judge",
        "Karim Bennani",
    ),
    # an adjective in front of the nationality
    (
        "A senior Jordanian prosecutor has charged three men over the bombing in Amman.\n\n"
        "Prosecutor Walid Haddad said the men had planned the attack for months.",
        "jordanian prosecutor",
        "Walid Haddad",
    ),
]


@pytest.mark.parametrize(("text", "form", "person"), ONE_NODE)
def test_description_is_the_person_named_later(
    extract: Any, text: str, form: str, person: str
) -> None:
    """The description is written on the named person's node, and no node of its own."""
    assert_description_is(extract(text), form, person)


APART = [
    # two people named with the role: which one is described is not known
    (
        "A Moroccan judge has ordered the release of two activists held in Rabat.\n\n"
        "Judge Karim Bennani and Judge Youssef Alaoui heard the case on Sunday.",
        "moroccan judge",
    ),
    # the one named has another nationality
    (
        "A Moroccan judge has ordered the release of two activists held in Rabat.\n\n"
        "Tunisian Judge Karim Bennani said on Sunday the case was closed.",
        "moroccan judge",
    ),
    (
        "A Kenyan reporter was arrested by police in Nairobi on Monday.\n\n"
        "John Kamau, a Ugandan reporter, said the police had beaten him.",
        "kenyan reporter",
    ),
    # named with no role noun, far from the lede: no link (named in the next paragraph, he
    # is the lede's person: kg/resolve/lede_named.py, tests/test_ent50.py)
    (
        "A Kenyan reporter was arrested by police in Nairobi on Monday.\n\n"
        "The police said he had been held for questioning.\n\n"
        "Journalists protested outside the police station.\n\n"
        "John Kamau, 34, was held for six hours.",
        "kenyan reporter",
    ),
]


@pytest.mark.parametrize(("text", "form"), APART)
def test_description_stays_apart(extract: Any, text: str, form: str) -> None:
    """With no single person named with the role and a nationality that fits, the
    description is no named person's."""
    graph = extract(text)
    people = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    on = named_on(graph, form)
    assert not on & (people - {label for label in people if form in label.lower()})


BARE_DEFINITE = [
    # "the judge" after the one person titled judge: that person (not the judiciary the
    # description would have made it)
    (
        "A Moroccan judge has ordered the detention of a police officer in Rabat.\n\n"
        "Judge Karim Bennani on Sunday ordered the detention of a police officer in Rabat.\n\n"
        "The officer admitted to the judge that he had fired the shots.",
        "judge",
        {"Karim Bennani"},
    ),
    # two judges named: "the judge" is neither
    (
        "A Moroccan judge has ordered the detention of a police officer in Rabat.\n\n"
        "Judge Karim Bennani and Judge Youssef Alaoui on Sunday ordered the detention of a "
        "police officer in Rabat.\n\nThe officer admitted to the judge that he had fired the "
        "shots.",
        "judge",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "form", "people"), BARE_DEFINITE)
def test_bare_definite_is_the_one_titled(
    extract: Any, text: str, form: str, people: set[str]
) -> None:
    """ "the judge" is the one person the article titled judge before it, if only one."""
    graph = extract(text)
    persons = {e.label for e in graph.entities.values() if e.type.value == "Person"}
    on = {
        label
        for kind in ("name", "title", "collective")
        for written, label in mention_pairs(graph, kind)
        if written == form
    }
    assert on & persons == people
