"""Entity guards on the actor layer of unseen news: a creed or region's adjective before a
noun is no actor, a proper noun before "camp" or "base" names a place. Actors other than
those of the articles that showed the faults."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

ADJECTIVES: list[tuple[str, str]] = [
    # (text, the adjective that must not be a node)
    ("A Catholic priest was kidnapped by gunmen near Jos.", "Catholic"),
    ("A Shia cleric condemned the verdict in Manama.", "Shia"),
    ("The Maoist-held villages were shelled by the army.", "Maoist"),
    ("European and North African leaders met in Rome on Monday.", "North African"),
    ("The rebels seized a Buddhist monastery in the hills.", "Buddhist"),
    ("Her anti-Taliban party won seats in Kabul.", "anti-Taliban"),
]


@pytest.mark.parametrize(("text", "adjective"), ADJECTIVES)
def test_entities_attribute_adjective_is_no_node(extract: Any, text: str, adjective: str) -> None:
    """ "a Catholic priest", "pro-Kurdish HDP": the adjective describes; no Group of it."""
    assert adjective not in node_types(extract(text))


def test_entities_plural_people_stay(extract: Any) -> None:
    """A people named by a plural noun ("Sunnis protested") is still a node."""
    assert node_types(extract("Sunnis protested in Baghdad on Friday.")).get("Sunnis") == "Group"


SITES: list[tuple[str, str]] = [
    ("Thousands fled to the Dadaab refugee camp in Kenya.", "Dadaab refugee camp"),
    ("Hundreds of protesters rallied near the Futenma base.", "Futenma base"),
]


@pytest.mark.parametrize(("text", "place"), SITES)
def test_entities_name_before_camp_is_place(extract: Any, text: str, place: str) -> None:
    """ "the Dadaab refugee camp": the name the model took for a people names a place."""
    assert node_types(extract(text)).get(place) == "Place"


REGION_OFFICES: list[tuple[str, str, str]] = [
    # (text, person, the place the person leads)
    (
        "Bavarian premier Horst Seehofer criticised the plan on Tuesday.",
        "Horst Seehofer",
        "Bavaria",
    ),
    ("Catalan president Artur Mas called for a vote in Barcelona.", "Artur Mas", "Catalonia"),
    ("Ontario premier Kathleen Wynne met the mayor of Ottawa.", "Kathleen Wynne", "Ontario"),
    ("Texas governor Greg Abbott signed the bill on Monday.", "Greg Abbott", "Texas"),
]


@pytest.mark.parametrize(("text", "person", "place"), REGION_OFFICES)
def test_entities_region_office_leads_the_region(
    extract: Any, text: str, person: str, place: str
) -> None:
    """ "Bavarian premier X", "Ontario premier X": X leads the region; no Group of the adjective."""
    graph = extract(text)
    assert (person, "leader_of", place) in triples(graph)
    assert not any(e.type.value == "Group" for e in graph.entities.values())


DESCRIBED: list[tuple[str, str]] = [
    ("A Thai activist said Myanmar had agreed to attend the talks.", "Thai activist"),
    ("An Iraqi lawmaker blamed Washington for the fall of Ramadi.", "Iraqi lawmaker"),
    ("A Kenyan student was killed by al-Shabab fighters.", "Kenyan student"),
]


@pytest.mark.parametrize(("text", "label"), DESCRIBED)
def test_entities_one_official_is_a_person(extract: Any, text: str, label: str) -> None:
    """ "a Thai activist", "an Iraqi lawmaker": one person, not the sector's collective."""
    graph = extract(text)
    assert node_types(graph).get(label) == "Person"
    assert not any(e.sector for e in graph.entities.values() if e.type.value != "Group")


SITE_NAMES: list[tuple[str, str]] = [
    (
        "More than 80,000 Syrians live in the Azraq camp in Jordan. Jordanian police raided "
        "Azraq on Monday, witnesses said.",
        "Azraq",
    ),
    (
        "Gunmen attacked the Ain al-Asad air base. US troops at Ain al-Asad repelled the attack.",
        "Ain al-Asad",
    ),
    ("Protesters gathered in Taksim Square. Police cleared Taksim with water cannon.", "Taksim"),
]


@pytest.mark.parametrize(("text", "bare"), SITE_NAMES)
def test_entities_site_and_bare_name_one_node(extract: Any, text: str, bare: str) -> None:
    """ "the Azraq camp" and "Azraq" in one article: one node, the site's."""
    labels = [e.label for e in extract(text).entities.values() if e.label.startswith(bare)]
    assert len(labels) == 1
    assert labels[0] != bare


NO_NAMES: list[tuple[str, str, str]] = [
    # (text, a span that names no actor, an actor that stays)
    ("The deadline passed at midnight (2100 GMT) without a deal with Likud.", "GMT", "Likud"),
    ("US Secretary of State John Kerry met Sergey Lavrov in Sochi.", "State", "John Kerry"),
    ("The president said on Twitter that Burundi was calm.", "Twitter", "Burundi"),
    ("Rebels posted the video on their Twitter account, angering Kenya.", "Twitter", "Kenya"),
    ("Follow Ted Regencia on Twitter: @tedregencia", "@tedregencia", "Ted Regencia"),
]


@pytest.mark.parametrize(("text", "junk", "actor"), NO_NAMES)
def test_entities_span_naming_no_actor(extract: Any, text: str, junk: str, actor: str) -> None:
    """A time zone, the last word of a title, a platform spoken on, a handle: no node."""
    types = node_types(extract(text))
    assert actor in types
    assert junk not in types


NAME_PARTS: list[tuple[str, str, str]] = [
    # (text, the person's name, the wrong node)
    (
        "Ethiopian Hagos Gebrhiwet won the race in Rome ahead of Kenyan runners.",
        "Hagos Gebrhiwet",
        "Ethiopian Hagos Gebrhiwet",
    ),
    (
        "Major-General Godefroid Niyombare announced the coup in Bujumbura.",
        "Godefroid Niyombare",
        "Major-General Godefroid Niyombare",
    ),
]


@pytest.mark.parametrize(("text", "person", "wrong"), NAME_PARTS)
def test_entities_name_without_demonym_or_rank(
    extract: Any, text: str, person: str, wrong: str
) -> None:
    """A demonym or a hyphenated rank the model took into a name is not the name."""
    types = node_types(extract(text))
    assert types.get(person) == "Person"
    assert wrong not in types


def test_entities_plural_demonym_in_person_span(extract: Any) -> None:
    """ "Innocent Pakistanis were killed": the people, no person."""
    types = node_types(extract("Innocent Pakistanis were killed in the raid, Amnesty said."))
    assert "Innocent Pakistanis" not in types
    assert types.get("Pakistanis") == "Group"


def test_entities_credit_line_names_no_actor(extract: Any) -> None:
    """ "Source: Reuters and agencies" closing an article credits the text: no Reuters node."""
    graph = extract(
        "Kenyan police arrested two men in Garissa on Monday.\n\nSource: Reuters and agencies"
    )
    types = node_types(graph)
    assert "Kenyan police" in types
    assert "Reuters" not in types


def test_entities_former_demonym_is_the_country(extract: Any) -> None:
    """ "ex-Peruvian president X": Peru's president, no Group "ex-Peruvian"."""
    graph = extract("Reporters said that ex-Peruvian president Alberto Fujimori fell ill.")
    assert ("Alberto Fujimori", "leader_of", "Peru") in triples(graph)
    assert "ex-Peruvian" not in node_types(graph)


def test_entities_region_director_is_no_region_head(extract: Any) -> None:
    """ "Oxfam's Africa director X" works for Oxfam; no leader_of Africa."""
    found = triples(
        extract("The cuts will hurt families, said Oxfam's Africa director Irene Mwangi.")
    )
    assert ("Irene Mwangi", "member_of", "Oxfam") in found
    assert ("Irene Mwangi", "leader_of", "Africa") not in found


@pytest.mark.parametrize(
    ("text", "named", "indefinite"),
    [
        (
            "The Kenyan Supreme Court upheld the election result. "
            "A Kenyan court freed Abdi Farah on Monday.",
            "Kenyan Supreme Court",
            "Kenyan court",
        ),
        (
            "Egypt's Court of Cassation overturned the verdict. "
            "An Egyptian court sentenced Ahmed Maher to three years.",
            "Court of Cassation",
            "Egyptian court",
        ),
    ],
)
def test_entities_indefinite_body_is_not_the_named_one(
    extract: Any, text: str, named: str, indefinite: str
) -> None:
    """ "a Kenyan court" beside "the Kenyan Supreme Court" is some court, not that one."""
    labels = {e.label for e in extract(text).entities.values()}
    assert {named, indefinite} <= labels


def test_entities_definite_body_is_the_named_one(extract: Any) -> None:
    """ "the Kenyan court" after "the Kenyan Supreme Court" is the one the article named."""
    labels = {
        e.label
        for e in extract(
            "The Kenyan Supreme Court upheld the election result. "
            "The Kenyan court freed Abdi Farah on Monday."
        ).entities.values()
    }
    assert "Kenyan Supreme Court" in labels
    assert "Kenyan court" not in labels
