"""Unnamed officials whose owner is not a modifier of the title noun itself: a country inside a
body's name ("a French embassy official"), an owner after "from" or "in" a country ("a
general from the Kenyan army"), a two-word spokesperson's title ("the White House press
secretary"), an organisation's indefinite leader ("a Hamas leader"), a title said in the
possessive ("the Israeli ambassador's house") or in apposition to a country's description
("Russia's highest religious figure, the patriarch") (kg/extract/role_forms.py:
unnamed_officials, unnamed_envoys)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labelled, triples

FOUND = [
    (
        "A French embassy official said the detainee had been released on Tuesday.",
        ("French embassy official", "member_of", "France"),
        "embassy official",
    ),
    (
        "A Japanese foreign ministry official said Tokyo would protest.",
        ("Japanese foreign ministry official", "member_of", "Japan"),
        "foreign ministry official",
    ),
    (
        "The White House press secretary refused to comment on the report.",
        ("White House press secretary", "spokesperson_for", "White House"),
        "press secretary",
    ),
    (
        "A general from the Kenyan army told reporters that the camp had been retaken.",
        ("general from the Kenyan army", "member_of", "Kenyan army"),
        "general",
    ),
    (
        "The plot targeted the interior minister in Chile and two judges.",
        ("interior minister in Chile", "member_of", "Chile"),
        "interior minister",
    ),
    (
        "A Hamas leader told reporters the truce would hold.",
        ("Hamas leader", "member_of", "Hamas"),
        "leader",
    ),
    (
        "Protesters gathered outside the Spanish foreign minister's residence in Madrid.",
        ("Spanish foreign minister", "member_of", "Spain"),
        "foreign minister",
    ),
    (
        "Activists prayed outside the Turkish ambassador's house in Vienna.",
        ("Turkish ambassador", "envoy_of", "Turkey"),
        "ambassador",
    ),
    (
        "The strikers ignored the Peruvian president's appeal for calm.",
        ("Peruvian president", "leader_of", "Peru"),
        "president",
    ),
    (
        "The final word rests with Jordan's highest religious figure, the grand mufti.",
        ("grand mufti", "member_of", "Jordan"),
        "grand mufti",
    ),
]


@pytest.mark.parametrize(("text", "triple", "title"), FOUND)
def test_role_forms_unnamed_owner_apart_from_the_title(
    extract: Any, text: str, triple: tuple[str, str, str], title: str
) -> None:
    """The unnamed official is a Person node with its title's role over the owner."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    assert labelled(graph, triple[0]).type.value == "Person"
    titles = {
        r.qualifiers.title
        for r in graph.claims
        if r.predicate.value == triple[1] and graph.entities[r.subject].label == triple[0]
    }
    assert titles == {title}, titles


NONE = [
    # a nationality of a profession, no office of the country
    ("A French lawyer said the ruling was unfair.", "lawyer"),
    # a coordinated noun is no title ("official and medical staff")
    (
        "Soltan boarded a flight to Washington with a US consulate official and medical staff.",
        "staff",
    ),
    # "in" a city is no owner
    ("The foreign minister in Kabul said talks would resume.", "foreign minister"),
    # the organisation's one leader, named elsewhere: only an indefinite one is singled out
    ("The Hamas leader told reporters the truce would hold.", "Hamas leader"),
    # an apposition of a named person is theirs
    ("Ban Ki-moon, the UN secretary-general, said the talks would resume.", "secretary"),
    # a holder named in apposition keeps the title
    (
        "Jordan's highest religious figure, the grand mufti Abdul Karim Khasawneh, spoke.",
        "mufti",
    ),
]


@pytest.mark.parametrize(("text", "word"), NONE)
def test_role_forms_unnamed_owner_no_node(extract: Any, text: str, word: str) -> None:
    """No role of an unnamed official where the words name no singled-out office holder."""
    graph = extract(text, published="2015-05-15")
    subjects = {graph.entities[r.subject].label for r in graph.claims}
    assert not any(word in label for label in subjects), subjects
