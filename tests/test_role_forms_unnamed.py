"""Unnamed officials with a title and a country, and the supporters of a named person or
body, are actors of their own (kg/extract/role_forms.py: unnamed_officials,
supporter_groups)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

OFFICIALS = [
    (
        "Chile's foreign minister met his Peruvian counterpart in Lima on Tuesday.",
        ("Chile's foreign minister", "member_of", "Chile"),
    ),
    (
        "The Kenyan foreign minister condemned the attack on the border post.",
        ("Kenyan foreign minister", "member_of", "Kenya"),
    ),
    (
        "Pakistan's interior minister said the militants would be punished.",
        ("Pakistan's interior minister", "member_of", "Pakistan"),
    ),
    (
        "The court consulted Jordan's grand mufti before the ruling.",
        ("Jordan's grand mufti", "member_of", "Jordan"),
    ),
    (
        "Kenya's interior minister accused Somalia of harbouring militants.",
        ("Kenya's interior minister", "member_of", "Kenya"),
    ),
    # a described apposition is no name; a lower-case title the parser tagged ORG neither
    (
        "The court consulted Jordan's grand mufti, the government interpreter of Islamic law "
        "who plays an advisory role.",
        ("Jordan's grand mufti", "member_of", "Jordan"),
    ),
    (
        "Peru's defence minister, a retired general, accused Chile of spying.",
        ("Peru's defence minister", "member_of", "Peru"),
    ),
    (
        "Uganda's foreign minister, who arrived on Monday, met Kenyan officials in Nairobi.",
        ("Uganda's foreign minister", "member_of", "Uganda"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), OFFICIALS)
def test_role_forms_unnamed_official_is_an_actor(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "Chile's foreign minister" with no name anywhere: a Person node with the role."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    person = labelled(graph, triple[0])
    assert person.type.value == "Person"


EVENTS = [
    (
        "Kenya's interior minister accused Somalia of harbouring militants.",
        ("Kenya", "criticized", "Somalia"),
    ),
    (
        "Peru's defence minister, a retired general, accused Chile of spying.",
        ("Peru", "criticized", "Chile"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), EVENTS)
def test_role_forms_unnamed_official_acts_for_the_country(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The unnamed official's acts stay their country's, as event coders code them."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found
    assert not any(s.endswith("minister") and p == triple[1] for s, p, _ in found), found


def test_role_forms_unnamed_official_title_is_the_full_title(extract: Any) -> None:
    """The member_of carries the title as written ("interior minister", not "minister")."""
    graph = extract("Pakistan's interior minister said the militants would be punished.")
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == "member_of"
        and graph.entities[r.subject].label == "Pakistan's interior minister"
    }
    assert titles == {"interior minister"}, titles


NAMED = [
    "Chile's foreign minister, Heraldo Munoz, met his Peruvian counterpart.",
    "Heraldo Munoz is Chile's foreign minister. Chile's foreign minister met Peruvian envoys.",
    "Chile's foreign minister Heraldo Munoz met his Peruvian counterpart.",
]


def test_role_forms_unnamed_leader_not_beside_a_named_compatriot(extract: Any) -> None:
    """ "The Indian prime minister" in an article naming Modi (untitled) is no new node."""
    graph = extract(
        "Crowds cheered Narendra Modi's speech in Dhaka. The Indian prime minister urged "
        "Bangladesh to open its ports.",
        published="2015-06-07",
    )
    labels = {e.label for e in graph.entities.values()}
    assert not any("prime minister" in label for label in labels), labels


@pytest.mark.parametrize("text", NAMED)
def test_role_forms_unnamed_official_named_holder_wins(extract: Any, text: str) -> None:
    """A holder the article names keeps the title: no unnamed node beside them."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label for e in graph.entities.values()}
    assert "Heraldo Munoz" in labels, labels
    assert not any("foreign minister" in label for label in labels), labels


def test_role_forms_unnamed_official_scoped_to_its_article(extract: Any) -> None:
    """Two articles' "Chile's foreign minister" are two nodes, not one person."""
    from kg.api import build_result

    graph = build_result(
        texts=[
            "Chile's foreign minister condemned the attack.",
            "Chile's foreign minister praised the agreement with Bolivia.",
        ],
        published="2015-05-15",
    ).graph
    nodes = [e for e in graph.entities.values() if e.label == "Chile's foreign minister"]
    assert len(nodes) == 2, [e.label for e in graph.entities.values()]


SUPPORTERS = [
    (
        "Egyptian police arrested dozens of Muslim Brotherhood supporters on Friday.",
        "Muslim Brotherhood supporters",
        ("Egyptian police", "sanctioned", "Muslim Brotherhood supporters"),
    ),
    (
        "Thousands of supporters of the opposition leader Morgan Tsvangirai gathered in Harare.",
        "Tsvangirai supporters",
        None,
    ),
    (
        "Security forces clashed with supporters of the People's Democratic Party (PDP).",
        "supporters of the People's Democratic Party",
        None,
    ),
    ("The army arrested dozens of Gbagbo supporters.", "Gbagbo supporters", None),
    # the second phrase's "of" hung on the first by the parser
    (
        "Clashes broke out between Mensah supporters and supporters of the New Patriotic "
        "Party (NPP) in Kumasi.",
        "supporters of the New Patriotic Party",
        None,
    ),
]


@pytest.mark.parametrize(("text", "label", "triple"), SUPPORTERS)
def test_act8_supporters_are_a_group(
    extract: Any, text: str, label: str, triple: tuple[str, str, str] | None
) -> None:
    """ "X supporters", "supporters of X", "his supporters": a Group of the article."""
    graph = extract(text, published="2015-05-15")
    groups = {e.label: e.type.value for e in graph.entities.values()}
    assert groups.get(label) == "Group", groups
    if triple is not None:
        assert triple in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters marched through the capital.",
        "Pro-democracy supporters gathered outside parliament.",
        "The team thanked its supporters after the match.",
        "Gunmen shot dead Kofi Mensah. The killing triggered clashes between his supporters "
        "and the police.",
    ],
)
def test_act8_supporters_need_a_named_owner(extract: Any, text: str) -> None:
    """No named person or body followed: no "<owner> supporters" group."""
    graph = extract(text, published="2015-05-15")
    labels = [e.label for e in graph.entities.values()]
    owned = [
        label
        for label in labels
        if label.startswith("supporters of")
        or (label.endswith(" supporters") and label.lower() != "opposition supporters")
    ]
    assert not owned, labels


HEADS = [
    (
        "Fishermen rescued the migrants. The mayor of Athens said the city was full.",
        ("mayor of Athens", "leader_of", "Athens"),
    ),
    # coordinated with another subject
    (
        "Aid workers and the mayor of Athens asked the government for more police.",
        ("mayor of Athens", "leader_of", "Athens"),
    ),
    # the city's head's title written with a capital, an adverb before it
    (
        "Even the Mayor of Paris called for calm after the riots.",
        ("Mayor of Paris", "leader_of", "Paris"),
    ),
    (
        "Thousands fled the fighting. The head of the Norwegian Refugee Council said the camps "
        "were full.",
        ("head of the Norwegian Refugee Council", "leader_of", "Norwegian Refugee Council"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), HEADS)
def test_role_forms_unnamed_head_of_a_city_or_body(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "the mayor of Athens", "the head of the Norwegian Refugee Council", named
    nowhere: one person of the article who leads the city or body."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    assert labelled(graph, triple[0]).type.value == "Person"


NO_HEADS = [
    # the article names the head: he is that person, no one new
    "Jan Egeland, the secretary general of the Norwegian Refugee Council, visited the camp. "
    "The head of the Norwegian Refugee Council said the camps were full.",
    "The head of the Norwegian Refugee Council at the time was Jan Egeland. The head of the "
    "Norwegian Refugee Council said the camps were full.",
    # no named owner
    "The head of the police operation said the suspects had fled.",
    # a country's head is most often named elsewhere
    "The president of Egypt said the talks had failed.",
]


@pytest.mark.parametrize("text", NO_HEADS)
def test_role_forms_unnamed_head_needs_no_named_holder(extract: Any, text: str) -> None:
    """No unnamed head when a named person holds the title, the owner is no named city or
    body, or the owner is a country."""
    graph = extract(text, published="2015-05-15")
    unnamed = [
        e.label
        for e in graph.entities.values()
        if e.type.value == "Person" and e.label[:1].lower() in "hmp" and " of " in e.label
    ]
    assert not unnamed, unnamed
