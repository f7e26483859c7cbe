"""Memberships and leadership written in names, possessives and titles (round 55): a state
body named with its country (kg/extract/state_bodies.py), a title's holder the parser hung on
the owner's name (kg/extract/roles.py) and an organisation's name whose complement the model
tagged apart (kg/resolve/org_names.py), with the real model on actors other than the gold's."""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.org_names import headed_org_mentions
from tests.conftest import labels_of_type, triples

FOUND = [
    # sentence, expected triple
    (
        "Officers of the Iraqi Counter Terrorism Service stormed the building.",
        ("Iraqi Counter Terrorism Service", "member_of", "Iraq"),
    ),
    (
        "The British Secret Intelligence Service recruited him in 1998.",
        ("British Secret Intelligence Service", "member_of", "United Kingdom"),
    ),
    (
        "Officers of the Nigerian Immigration Service arrested 20 migrants.",
        ("Nigerian Immigration Service", "member_of", "Nigeria"),
    ),
    (
        "Staff of the US Agency for International Development left Kabul.",
        ("US Agency for International Development", "member_of", "United States"),
    ),
    (
        "Members of the Iraqi Security Forces fled Ramadi.",
        ("Iraqi Security Forces", "member_of", "Iraq"),
    ),
    (
        "The Turkish government's Directorate of Religious Affairs issued a ruling.",
        ("Directorate of Religious Affairs", "member_of", "Turkey"),
    ),
    (
        "This week the Chairman and CEO of Facebook, Mark Zuckerberg, announced on social media"
        " that he is currently reading a book.",
        ("Mark Zuckerberg", "leader_of", "Facebook"),
    ),
    (
        "This week the Chairman and CEO of Vantix, Paul Ortega, announced on social media that"
        " he is currently reading a book.",
        ("Paul Ortega", "leader_of", "Vantix"),
    ),
    (
        '"We must help others," said Ahmed Salem, who belongs to the Network of Migrant'
        " Fishermen, and gave just one name.",
        ("Ahmed Salem", "member_of", "Network of Migrant Fishermen"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_org_links_construction_gives_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A state body named with its country or its government's possessive is the country's;
    a title of a body whose holder the parser hung on the body's name is the holder's; a
    person belongs to the whole name of a body whose complement the model cut off."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


NOT_FOUND = [
    # sentence, a triple that must not be claimed
    (
        "The Norwegian Refugee Council said 20 people died.",
        ("Norwegian Refugee Council", "member_of", "Norway"),
    ),
    (
        "The Syrian National Council met in Istanbul.",
        ("Syrian National Council", "member_of", "Syria"),
    ),
    (
        "The American Civil Liberties Union filed a lawsuit.",
        ("American Civil Liberties Union", "member_of", "United States"),
    ),
    (
        "The US Chamber of Commerce opposed the bill.",
        ("US Chamber of Commerce", "member_of", "United States"),
    ),
    (
        "The Syrian Democratic Forces captured the town.",
        ("Syrian Democratic Forces", "member_of", "Syria"),
    ),
    (
        "He flew with the American Airlines crew.",
        ("American Airlines", "member_of", "United States"),
    ),
    (
        "The Lebanese Forces party won two seats.",
        ("Lebanese Forces", "member_of", "Lebanon"),
    ),
    (
        "The Israeli government's decision angered the Palestinian Authority.",
        ("Palestinian Authority", "member_of", "Israel"),
    ),
    (
        "He met Anna Berg, the chief executive of Vantix Holdings, Paul Ortega and Lena Shu.",
        ("Paul Ortega", "leader_of", "Vantix Holdings"),
    ),
    (
        "A friend of Vantix Holdings, Paul Ortega, announced on Monday that he is leaving.",
        ("Paul Ortega", "leader_of", "Vantix Holdings"),
    ),
    (
        "The residents of Vantix Holdings, Paul Ortega, announced on Monday that he is leaving.",
        ("Paul Ortega", "member_of", "Vantix Holdings"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_org_links_other_reading_gives_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A non-state body named with a country adjective (an NGO, a company, a party, a rebel
    alliance), a body no state's government owns, and a name set beside a noun that is no
    title make no claim."""
    assert triple not in triples(extract(sentence, published="2015-05-10"))


def test_org_links_cut_complement_is_one_name(extract: Any) -> None:
    """ "the Network of Migrant Fishermen" is one organisation, not "Migrant Fishermen"."""
    graph = extract("Ahmed Salem belongs to the Network of Migrant Fishermen.")
    orgs = labels_of_type(graph, "Organization")
    assert "Network of Migrant Fishermen" in orgs
    assert "Migrant Fishermen" not in orgs


NO_STATE = [
    # sentence, the country no body of the sentence is a member of
    ("Fighters of the ethnic Uzbek Border Guard Service crossed the border.", "Uzbekistan"),
    ("Fighters of the Uzbek Islamic Liberation Army crossed the border.", "Uzbekistan"),
    ("The Syrian Popular Resistance Forces attacked the town.", "Syria"),
    ("The Kenyan Airways office in Nairobi was closed.", "Kenya"),
    ("The private Turkish Dogan News Agency reported the clashes.", "Turkey"),
    # a republican's or a volunteers' army is a movement's
    ("The Irish Republican Army planted a bomb in Manchester.", "Ireland"),
    ("Fighters of the Serbian Volunteer Guard looted the village.", "Serbia"),
    # the office of a body that is no state's (a church, a party, a board)
    ("The Greek Orthodox Church Office condemned the vote.", "Greece"),
    ("The Brazilian Workers Party Office was raided by police.", "Brazil"),
    ("The Indian Cricket Board Office sold the tickets.", "India"),
]


@pytest.mark.parametrize(("sentence", "country"), NO_STATE)
def test_org_links_movement_or_people_gives_no_state_body(
    extract: Any, sentence: str, country: str
) -> None:
    """A name of an armed movement ("Liberation", "Resistance") or a newsroom, or one whose
    adjective is a people's ("the ethnic Uzbek ...") names no state body; nor does a company's
    office."""
    graph = extract(sentence, published="2015-05-10")
    assert not {(s, p, o) for s, p, o in triples(graph) if p == "member_of" and o == country}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        # the model tagged the complement alone: the head's name takes it in
        (
            "Priya belongs to the Network of Nepali Migrant Workers.",
            (6, 9),
            ["Network of Nepali Migrant Workers"],
        ),
        (
            "Omar once belonged to the Union of Islamic Courts.",
            (7, 9),
            ["Union of Islamic Courts"],
        ),
        # a body the gazetteer knows keeps its own node ("the Council of NATO" stays two)
        ("Envoys met at the Council of NATO on Monday.", (6, 7), ["NATO"]),
        # no complement opener between the head and the mention: no name runs over it
        (
            "The Network said Nepali Migrant Workers were unpaid.",
            (3, 6),
            ["Nepali Migrant Workers"],
        ),
    ],
)
def test_org_names_cut_complement_joins_head(
    nlp: Any, text: str, span: tuple[int, int], expected: list[str]
) -> None:
    """An organisation mention the model cut out of a head's complement right after "of"
    becomes part of the head's name; a known body or a mention with no opener before it
    stays as it is."""
    doc = nlp(text)
    start, end = span
    given = SpanMention(start, end, doc[start:end].text, "ORG")
    out = headed_org_mentions(list(doc), doc.text, default_lexicon(), [given])
    assert sorted(m.text for m in out if m.label == "ORG") == expected
