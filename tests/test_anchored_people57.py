"""Definite singular people a phrase anchors to one person ("the ship's captain", "the first
MERS patient", "the lone survivor", "the owner of the factory") are a Person of their article,
and a later bare "the captain" is that person (kg/resolve/anchored.py; ``anchored_people`` of
cues.json)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # the possessive of a thing; a noun coordinated under it is one more person
    (
        "The ferry's captain and chief engineer were in police custody, state media said.",
        ("police", "sanctioned", "ferry's captain"),
    ),
    (
        "The ferry's captain and chief engineer were in police custody, state media said.",
        ("police", "sanctioned", "chief engineer"),
    ),
    (
        "Police arrested the factory's owner in Dhaka on Tuesday.",
        # the police of the town's country (police66: an act that lands on people in a town)
        ("Bangladeshi police", "sanctioned", "factory's owner"),
    ),
    (
        "Gunmen killed the convoy's driver near Kandahar on Sunday.",
        ("Gunmen", "attacked", "convoy's driver"),
    ),
    # a ranking word; a describing appositive names no one
    (
        "The first Ebola patient, a 40-year-old nurse, had travelled to Liberia.",
        ("first Ebola patient", "visited", "Liberia"),
    ),
    ("Militants shot the lone survivor near Mosul.", ("Militants", "attacked", "lone survivor")),
    # "of" and a thing
    (
        "Police arrested the owner of the restaurant in Lahore.",
        # the city the sentence is set in gives the police their country (bare59)
        ("Pakistani police", "sanctioned", "owner of the restaurant"),
    ),
    # a title a thing anchors: no named official's
    (
        "The vice president of the tribunal fled to Kenya on Monday.",
        ("vice president of the tribunal", "visited", "Kenya"),
    ),
    (
        "Rebels kidnapped the company's chief executive near Goma.",
        ("Rebels", "attacked", "company's chief executive"),
    ),
    (
        "Protesters attacked the mayor of the town on Monday.",
        ("Protesters", "attacked", "mayor of the town"),
    ),
    # a later bare noun of the same article is that person
    (
        "Police arrested the ferry's captain on Monday. The captain had attacked Li Ming in Wuhan.",
        ("ferry's captain", "attacked", "Li Ming"),
    ),
    (
        "Gunmen killed a shopkeeper in Karachi on Sunday. The shopkeeper had criticized the "
        "Taliban.",
        ("shopkeeper", "criticized", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_anchored_people_definite_singular_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """An anchored definite singular acting in an event is one Person of its article."""
    graph = extract(text, published="2015-05-15")
    found = triples(graph)
    assert triple in found, found
    people = [e for e in graph.entities.values() if e.label in (triple[0], triple[2])]
    assert any(e.type.value == "Person" and e.label[:1].islower() for e in people), people


NO_NODE = [
    # a bare definite singular is coreference's: someone the article may name
    ("Police arrested the journalist in Cairo on Monday.", "journalist"),
    # a person's possessive: whose lawyer, coreference says
    ("Police arrested the victim's lawyer in Cairo on Monday.", "victim's lawyer"),
    # no person: a thing owned, or a person owning a thing
    ("The company's shares fell sharply after police raided its offices.", "company's shares"),
    ("Thieves stole the captain's armband in Madrid on Sunday.", "captain"),
    # a state's or body's title: its named holder's
    ("The country's president criticized the opposition on Monday.", "country's president"),
    # a title of a named person
    ("Police arrested the ship's captain, Zhang Wei, on Monday.", "ship's captain"),
    # the article names the one with that title: the named person's (coreference's)
    (
        "Police arrested the ferry's captain on Monday. The captain, Li Ming, attacked "
        "journalists in Wuhan.",
        "ferry's captain",
    ),
    # a title and kind the article gives a named person
    (
        "Rebels kidnapped the company's chief executive near Goma. Chief Executive Jean Mba "
        "was freed later.",
        "company's chief executive",
    ),
    (
        "Protesters attacked the mayor of the town on Monday. Mayor Ali Salem was injured.",
        "mayor of the town",
    ),
    # a household is a group, not a person
    ("The victim's family criticized the police on Monday.", "victim's family"),
    # a ranked title of a named person's
    ("The first lady criticized the Republicans on Monday.", "first lady"),
    # a suspect points back at people the article names or counts
    ("Police arrested the first suspect in Kabul on Monday.", "first suspect"),
    # no event of its own
    ("The factory's owner lives in Dhaka with his wife.", "factory's owner"),
]


@pytest.mark.parametrize(("text", "label"), NO_NODE)
def test_anchored_people_no_node(extract: Any, text: str, label: str) -> None:
    """A bare definite, a person's possessive, a thing, a state's title, a named person's
    title, a household, a suspect or no event make no anchored node."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label not in labels, labels


NO_LATER = [
    # two people of one noun: "the driver" is neither
    (
        "Police arrested a taxi driver and the bus's driver. The driver later attacked the "
        "police in Lagos.",
        "attacked",
    ),
    # a bare title is the article's named holder's, not an anchored one's
    (
        "Protesters attacked the deputy president of the court. The president later "
        "criticized the protesters.",
        "criticized",
    ),
    # the noun is a named person's title in the article
    (
        "Police arrested the ferry's captain on Monday. The captain, Li Ming, attacked "
        "journalists in Wuhan.",
        "attacked",
    ),
]


@pytest.mark.parametrize(("text", "predicate"), NO_LATER)
def test_anchored_people_later_noun_not_taken(extract: Any, text: str, predicate: str) -> None:
    """A later bare noun two unnamed people share, or that titles a named person, is no
    mention of an unnamed one."""
    graph = extract(text, published="2015-05-15")
    unnamed = {e.label for e in graph.entities.values() if e.label[:1].islower()}
    found = {t for t in triples(graph) if t[1] == predicate and t[0] in unnamed}
    assert not found, found


def test_anchored_people_one_node_per_article(extract: Any) -> None:
    """One anchored label is one node an article, never merged across articles."""
    graph = extract(
        "Police arrested the factory's owner in Dhaka. The owner was charged by police.",
        "Police arrested the factory's owner in Savar on Monday.",
        published="2015-05-15",
    )
    nodes = [e for e in graph.entities.values() if e.label == "factory's owner"]
    assert len(nodes) == 2
