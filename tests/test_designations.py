"""A state that designates, lists or declares a group a terrorist one sanctions it (CAMEO 163);
a label with no terror word designates no one, and calling a group terrorist stays a verdict.
Sentences are about other actors than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # active, the label a second object or after "as"
    (
        "Canada has designated the Houthis a terrorist group.",
        ("Canada", "sanctioned", "Houthis"),
    ),
    (
        "The European Union lists Hamas as a terrorist organisation.",
        ("European Union", "sanctioned", "Hamas"),
    ),
    (
        "Egypt declared the Muslim Brotherhood a terrorist organisation in December 2013.",
        ("Egypt", "sanctioned", "Muslim Brotherhood"),
    ),
    # passive, the "by" on the verb or on the label
    (
        "Hezbollah has been designated a terrorist organisation by the United States.",
        ("United States", "sanctioned", "Hezbollah"),
    ),
    (
        "The PKK is listed as a terrorist group by Turkey.",
        ("Turkey", "sanctioned", "Kurdistan Workers' Party"),
    ),
    # a participle on the designated group
    (
        'Al-Shabab, designated by the US as a "terrorist" organisation, attacked Garissa.',
        ("United States", "sanctioned", "al-Shabab"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # no terror word in the label
    ("Britain listed Syria as a priority country.", ("United Kingdom", "sanctioned", "Syria")),
    # the terror word outside the label
    (
        "Egypt declared a state of emergency after the terrorist attacks in Sinai.",
        ("Egypt", "sanctioned", "Sinai"),
    ),
    # calling a group terrorist is a verdict, no sanction
    (
        "Israel branded Hamas a terrorist organisation.",
        ("Israel", "sanctioned", "Hamas"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_designations_sanction(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """The designating state sanctions the group it labels terrorist, as a sanction (163)."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert {c.qualifiers.cameo for c in found} == {"163"}


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_designations_not_found(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """No sanction without a terror word in the designating verb's label."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
