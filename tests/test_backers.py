"""Backers named in a compound participle ("Russian-backed separatists") support the actor the
noun stands for; the owner of a support noun supports its "of" phrase ("its backing of X").
Sentences are about other actors than the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

# (sentence, (backer, "supported", backed), cameo)
FOUND: list[tuple[str, tuple[str, str, str], str]] = [
    (
        "Russian-backed separatists attacked Ukrainian troops near Donetsk.",
        ("Russia", "supported", "separatists"),
        "050",
    ),
    (
        "Iranian-backed Houthi rebels seized the port of Aden.",
        ("Iran", "supported", "Houthis"),
        "050",
    ),
    (
        "The UN-backed government of Libya rejected the plan.",
        ("United Nations", "supported", "Libyan government"),
        "050",
    ),
    (
        "The army-backed government of Thailand banned protests.",
        ("Thai army", "supported", "Thai government"),
        "050",
    ),
    # an owned support noun: the owner backs the "of" phrase
    ("Qatar announced its backing of Saudi Arabia.", ("Qatar", "supported", "Saudi Arabia"), "050"),
    ("Ghana's support of Togo angered Benin.", ("Ghana", "supported", "Togo"), "050"),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # the participle describes its own noun, not the noun's conjuncts
    (
        "Fighting between Saudi-backed forces and the Houthis continued.",
        ("Saudi Arabia", "supported", "Houthis"),
    ),
    # with no owner, the "of" phrase names the backer, not the one backed
    (
        "With the backing of Qatar, the Libyan rebels advanced.",
        ("Libyan rebels", "supported", "Qatar"),
    ),
    # a participle with no hyphenated name names no backer
    (
        "The backed rebels of the Free Syrian Army retreated.",
        ("Free Syrian Army", "supported", "Free Syrian Army"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "cameo"), FOUND)
def test_backers_compound_participle(
    extract: Any, sentence: str, triple: tuple[str, str, str], cameo: str
) -> None:
    """The name before "-backed" supports the actor of the noun the participle modifies."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert found[0].qualifiers.cameo == cameo


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_backers_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A conjunct of the backed noun, an unowned "backing of", and a participle with no name
    get no such backer."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("The UN-recognised government in Tripoli condemned the attack.", "Libyan government"),
        (
            "The Houthis attacked the UN-recognized government in Aden.",
            "Yemeni government",
        ),
        (
            "Officials of the AU-recognised government in Mogadishu met the envoy.",
            "Somali government",
        ),
    ],
)
def test_backers_recognised_no_support(extract: Any, text: str, government: str) -> None:
    """A recognition participle ("the UN-recognised government") names a standing, no act:
    no support, no attack by the recogniser, and the government stays a government node."""
    graph = extract(text)
    by_label = {e.label: e for e in graph.entities.values()}
    assert by_label[government].type.value == "Organization"
    assert not any(
        graph.entities[r.object].label == government
        and graph.entities[r.subject].label in ("United Nations", "African Union")
        for r in graph.claims
        if r.object is not None
    )
