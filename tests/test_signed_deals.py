"""Parties that signed or concluded a formal agreement with each other negotiated with each
other, beside the agreement itself (kg/extract/signed_deals.py; gen54). Sentences of our own,
about other actors than the articles the rule was learned from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, pairs

FIRES = [
    (
        "Kenya signed a three-year security deal with Uganda in March.",
        ("Kenya", "Uganda"),
    ),
    (
        "Ethiopia and Djibouti have signed a memorandum of understanding on port access.",
        ("Ethiopia", "Djibouti"),
    ),
    (
        "Chile concluded a free trade agreement with Vietnam last year.",
        ("Chile", "Vietnam"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FIRES)
def test_signed_deals_signed_agreement_is_a_negotiation(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """A concluded agreement between two parties is also their negotiation (CAMEO 046)."""
    graph = extract(text, published="2015-05-15")
    found = pairs(graph, "negotiated_with")
    assert pair in found or pair[::-1] in found, found
    claims = claims_between(graph, pair[0], "negotiated_with", pair[1]) or claims_between(
        graph, pair[1], "negotiated_with", pair[0]
    )
    assert {c.qualifiers.cameo for c in claims} == {"046"}
    assert pair in pairs(graph, "agreed_with") or pair[::-1] in pairs(graph, "agreed_with")


@pytest.mark.parametrize(
    "text",
    [
        "Kenya will sign a security deal with Uganda next week.",  # planned
        "Brazil has ruled out a military pact with Argentina.",  # refused
        "Kenya and Uganda agreed to hold talks on the border.",  # no formal agreement
    ],
)
def test_signed_deals_no_negotiation_without_a_concluded_agreement(extract: Any, text: str) -> None:
    """A planned or refused agreement, or an intent, makes no negotiation of its own."""
    graph = extract(text, published="2015-05-15")
    found = {c for c in graph.claims if c.predicate.value == "negotiated_with"}
    assert not {c for c in found if c.qualifiers.cameo == "046"}, found
