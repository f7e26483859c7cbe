"""A named person's rule, regime, government or administration is led by that person
("Assad's rule", "the Obama administration"): ``leader_of`` the country the gazetteer's roles
give, else the article's one main country; never for look-alikes ("Obama's visit")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

PERSON_RULE = [
    # text, published, expected leader_of pair
    (
        "Critics of Vladimir Putin's rule rallied in Moscow on Sunday.",
        "2015-05-10",
        ("Vladimir Putin", "Russia"),
    ),
    (
        "The Netanyahu government approved new settlements.",
        "2015-05-10",
        ("Benjamin Netanyahu", "Israel"),
    ),
    (
        "Lawmakers in Caracas attacked Nicolas Maduro's government on Monday.",
        "2015-05-10",
        ("Nicolás Maduro", "Venezuela"),
    ),
    (
        "Under the Erdogan government, Turkey jailed journalists.",
        "2015-05-10",
        ("Recep Tayyip Erdogan", "Turkey"),
    ),
    (
        "During the Mubarak regime, Egypt's police tortured dissidents.",
        "2015-05-10",
        ("Hosni Mubarak", "Egypt"),
    ),
    (
        # the model tags "Sisi" as an organisation: the gazetteer knows the person
        "Rights groups criticised Sisi's government for the crackdown.",
        "2015-05-10",
        ("Abdel Fattah el-Sisi", "Egypt"),
    ),
    (
        # a person the gazetteer does not know: the article's one main country
        "Kenya bans protests\n\nKenya's army fought in Kenya. Kenya's police said John "
        "Mwangi's administration ended in a scandal. Kenya's courts agreed.",
        "2015-05-10",
        ("John Mwangi", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "published", "pair"), PERSON_RULE)
def test_person_rule_makes_leader_of(
    extract: Any, text: str, published: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "leader_of", pair[1]) in triples(extract(text, published=published))


LOOK_ALIKES = [
    "Obama's visit to Kenya drew crowds.",
    "Merkel's coalition partner criticised the plan in Berlin.",
    "Putin's spokesman Dmitry Peskov denied the report.",
    "Erdogan's rule change angered lawmakers.",
    # the gazetteer makes him leader of no country
    "Sepp Blatter's administration faced scrutiny in Zurich.",
    # what is run is written: no country
    "Kenya bans protests\n\nKenya's army fought in Kenya. Kenya's police said John Mwangi's "
    "administration of the Nairobi hospital ended in a scandal. Kenya's courts agreed.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_person_rule_look_alikes_make_no_leader(extract: Any, text: str) -> None:
    graph = extract(text, published="2015-05-10")
    assert not any(p == "leader_of" for _, p, _ in triples(graph)), triples(graph)


# "his government", "her administration": the possessive pronoun's person leads a country only
# where the gazetteer's roles say so (a minister's "his government" is not his to lead)
PRONOUN_RULE = [
    (
        "Mariano Rajoy said his government had improved Spain's economy.",
        ("Mariano Rajoy", "Spain"),
    ),
    (
        "Jacob Zuma spoke in Durban on Monday. He said his government would build new homes.",
        ("Jacob Zuma", "South Africa"),
    ),
    (
        "Critics say Nicolas Maduro has lost control, but he insists his administration is "
        "winning the economic war.",
        ("Nicolás Maduro", "Venezuela"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), PRONOUN_RULE)
def test_pronoun_rule_makes_leader_of_from_the_gazetteer(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "leader_of", pair[1]) in triples(extract(text, published="2015-05-10"))


PRONOUN_LOOK_ALIKES = [
    # a minister the gazetteer does not know: no guess from the article's country
    "Oldemiro Baloi, a senior Mozambican diplomat, said his government was surprised by "
    "the deportations from Mozambique.",
    # a person the gazetteer makes leader of no country
    "Sepp Blatter said his administration had done nothing wrong in Zurich.",
    # not a rule noun
    "Vladimir Putin said his visit to China was a success.",
]


@pytest.mark.parametrize("text", PRONOUN_LOOK_ALIKES)
def test_pronoun_rule_look_alikes_make_no_leader(extract: Any, text: str) -> None:
    graph = extract(text, published="2015-05-10")
    assert not any(p == "leader_of" for _, p, _ in triples(graph)), triples(graph)


# "the Assad regime" the model reads into the country's government: a bare surname the
# gazetteer does not take alone is the one person of it the article named in full
SURNAME_RULE = [
    (
        "Thousands fled alongside Bashar al-Assad's retreating army on Thursday. The loss of "
        "Homs has sparked comment on the decline of the Assad regime.",
        ("Bashar al-Assad", "Syria"),
    ),
    (
        "Bashar al-Assad's army lost Palmyra on Thursday. Iran's support for the Assad "
        "government is firm, officials said.",
        ("Bashar al-Assad", "Syria"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), SURNAME_RULE)
def test_person_rule_reads_a_surname_by_the_full_name_named(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    assert (pair[0], "leader_of", pair[1]) in triples(extract(text, published="2015-05-10"))


def test_person_rule_surname_of_two_named_people_makes_no_leader(extract: Any) -> None:
    """Two people of the surname named in full: the regime may be either's."""
    graph = extract(
        "Hafez al-Assad ruled for three decades. Bashar al-Assad's army lost Homs on Monday. "
        "Analysts say the Assad regime is weak.",
        published="2015-05-10",
    )
    assert not any(p == "leader_of" for _, p, _ in triples(graph)), triples(graph)


# a bare surname several leaders bear, none named in full: the one of them in office on the
# article's date
DATED_SURNAME_RULE = [
    ("Exiles in Miami protested against Castro's government on Sunday.", "2015-05-10", "Cuba"),
    ("Farmers marched against Kirchner's government on Monday.", "2015-05-10", "Argentina"),
    ("Critics of Sharif's government rallied in Lahore on Friday.", "2015-05-10", "Pakistan"),
]


@pytest.mark.parametrize(("text", "published", "country"), DATED_SURNAME_RULE)
def test_person_rule_reads_a_bare_surname_by_the_leader_in_office(
    extract: Any, text: str, published: str, country: str
) -> None:
    leads = {(s, o) for s, p, o in triples(extract(text, published=published)) if p == "leader_of"}
    assert any(o == country for _, o in leads), leads


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # no one of the surname led a country on the date
        ("Protesters in Beirut criticised Hariri's government.", "2015-05-10"),
        # two of the surname in office on the same day: either's
        ("Thousands protested against Kaczynski's government in Warsaw.", "2006-09-01"),
    ],
)
def test_person_rule_bare_surname_of_no_single_leader_makes_no_leader(
    extract: Any, text: str, published: str
) -> None:
    graph = extract(text, published=published)
    assert not any(p == "leader_of" for _, p, _ in triples(graph)), triples(graph)
