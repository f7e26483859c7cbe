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
