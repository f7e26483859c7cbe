"""Parties the pinned model does not tag (place57): "Syriza" read as an adjective, "Podemos",
"Ukip" left untagged are organisations of the gazetteer (kg/data/gazetteer.jsonl, with
their country and the party sector), so "X leader Y" makes Y their leader, and "the party"
may take them up (kg/extract/named_heads.py). A party's name
does not lead its country, and a word that is no party's name makes no party. Sentences of
our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, triples

Triple = tuple[str, str, str]

FOUND = [
    (
        "Syriza leader Alexis Tsipras met Angela Merkel.",
        ("Alexis Tsipras", "leader_of", "Syriza"),
    ),
    (
        "Alexis Tsipras, the Syriza leader, met Angela Merkel.",
        ("Alexis Tsipras", "leader_of", "Syriza"),
    ),
    (
        "Ukip leader Nigel Farage campaigned in Kent.",
        ("Nigel Farage", "leader_of", "UK Independence Party"),
    ),
    (
        "SNP leader Nicola Sturgeon spoke in Edinburgh.",
        ("Nicola Sturgeon", "leader_of", "Scottish National Party"),
    ),
    (
        "Podemos leader Pablo Iglesias criticised Mariano Rajoy.",
        ("Pablo Iglesias", "leader_of", "Podemos"),
    ),
    (
        "Ciudadanos leader Albert Rivera met Mariano Rajoy.",
        ("Albert Rivera", "leader_of", "Ciudadanos"),
    ),
    (
        "Syriza won the election. The party's leader Alexis Tsipras became prime minister.",
        ("Alexis Tsipras", "leader_of", "Syriza"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_gazetteer_party_leader_found(extract: Any, text: str, triple: Triple) -> None:
    """The party's leader leads the party, which is an organisation."""
    graph = extract(text)
    assert triple in triples(graph)
    assert node_types(graph)[triple[2]] == "Organization"


# (text, a claim that must not be made)
NOT_FOUND = [
    (
        "Syriza leader Alexis Tsipras met Angela Merkel.",
        ("Alexis Tsipras", "leader_of", "Greece"),
    ),
    (
        "Podemos leader Pablo Iglesias criticised Mariano Rajoy.",
        ("Pablo Iglesias", "leader_of", "Spain"),
    ),
    (
        "Ciudadanos leader Albert Rivera met Mariano Rajoy.",
        ("Mariano Rajoy", "leader_of", "Ciudadanos"),
    ),
    (
        "Syriza leader Alexis Tsipras met Angela Merkel.",
        ("Angela Merkel", "leader_of", "Syriza"),
    ),
    (
        "Union leader Frances O'Grady met the Scottish National Party.",
        ("Frances O'Grady", "leader_of", "Scottish National Party"),
    ),
    (
        "Nigel Farage met Nicola Sturgeon in Edinburgh.",
        ("Nigel Farage", "leader_of", "UK Independence Party"),
    ),
    (
        "Syriza won in Athens. Podemos gained in Madrid. The party's leader Pablo Iglesias "
        "was pleased.",
        ("Pablo Iglesias", "leader_of", "Syriza"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT_FOUND)
def test_gazetteer_party_leader_not_found(extract: Any, text: str, triple: Triple) -> None:
    """No office the words do not give."""
    assert triple not in triples(extract(text))
