"""Organisations' names the small model leaves untagged (org54): found from the noun that
heads them (kg/resolve/org_names.py, ``org_name_heads`` in kg/data/en/names.json), and
well-known organisations added to the gazetteer. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.org_names import headed_org_mentions
from tests.conftest import node_types, triples


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Somchai Preecha, director of the Foundation for Rural Health and Education "
            "Reform, said the workers were unpaid.",
            "Foundation for Rural Health and Education Reform",
        ),
        (
            "Officials from the Federation of Kenyan Employers' Unions met the minister.",
            "Federation of Kenyan Employers' Unions",
        ),
        (
            "The Bank of Portugal cut its forecast on Tuesday.",
            "Bank of Portugal",
        ),
        (
            "A spokesman for the Organisation for the Defence of Press Freedom said the raid "
            "was illegal.",
            "Organisation for the Defence of Press Freedom",
        ),
        (
            "The report was written by the Arctic Wildlife Protection Society in Oslo.",
            "Arctic Wildlife Protection Society",
        ),
    ],
)
def test_headed_org_name_is_an_organisation(extract: Any, text: str, name: str) -> None:
    """A capitalised head noun with capitalised words before it or a complement after it
    is an organisation's node, the places inside it no node of their own."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(name) == "Organization"
    assert "Portugal" not in types


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a head alone at a sentence's start
        ("Union leaders said the strike would go on.", "Union leaders"),
        # two names joined by "and" stay two
        ("The Council of Ministers and Greece disagreed.", "Council of Ministers and Greece"),
        # a place the gazetteer knows
        ("Settlers in the West Bank protested.", "West Bank"),
    ],
)
def test_headed_org_name_not_made(extract: Any, text: str, absent: str) -> None:
    """No organisation from a head alone, a title-case headline, over two names, or over
    a known place."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(absent) != "Organization"


def test_headed_org_name_keeps_its_claim(extract: Any) -> None:
    """The untagged organisation takes the claim its verb makes."""
    graph = extract(
        "The Association for Civil Liberties in Chile condemned the Peruvian government.",
        published="2015-06-10",
    )
    assert any(s.startswith("Association for Civil Liberties") for s, _, _ in triples(graph))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leaders of the Dairy Farmers Union said prices would fall.", ["Dairy Farmers Union"]),
        ("Dairy Farmers Union Says Prices Will Fall In Kenya", []),  # a title-case headline
        ("Union leaders said prices would fall.", []),  # a head alone
        ("Protesters marched in the West Bank on Friday.", []),  # a compass name: a place
    ],
)
def test_headed_org_name_finder(nlp: Any, text: str, expected: list[str]) -> None:
    """The finder alone, on the model's tokens with no mention found before it."""
    doc = nlp(text)
    found = headed_org_mentions(list(doc), doc.text, default_lexicon(), [])
    assert [m.text for m in found] == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Chairman of Twitter, Omid Kordestani, met the minister.", "Twitter"),
        ("Facebook removed the group's pages after the attack.", "Facebook"),
        ("In Wales, the nationalist Plaid Cymru won three seats.", "Plaid Cymru"),
    ],
)
def test_org_names_known_organisations(extract: Any, text: str, name: str) -> None:
    """Well-known organisations the model leaves untagged (gazetteer) are organisations; a
    platform spoken on ("said on Facebook") stays no node (tests/test_entities_attributes.py)."""
    types = node_types(extract(text, published="2015-06-10"))
    assert types.get(name) == "Organization"


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        ("Analysts at the Caspian Studies Institute said the deal would hold.", (3, 6), "ORG"),
        ("Officials at the Lisbon Centre for Dialogue said talks failed.", (3, 7), "ORG"),
        ("He worked near the Rockefeller Center in New York.", (4, 6), "FAC"),
        ("Settlers in the West Bank protested.", (3, 5), "LOC"),
    ],
)
def test_org_names_place_read_name_with_org_head(
    nlp: Any, text: str, span: tuple[int, int], label: str
) -> None:
    """A name the model read as a place or facility is an organisation's when an
    organisation's head noun ends it or heads its complement; not a facility's "Center"
    with no "for", nor a compass name."""
    doc = nlp(text)
    start, end = span
    given = SpanMention(start, end, doc[start:end].text, "FAC" if label == "FAC" else "LOC")
    out = headed_org_mentions(list(doc), doc.text, default_lexicon(), [given])
    assert [(m.start, m.end, m.label) for m in out] == [(start, end, label)]
