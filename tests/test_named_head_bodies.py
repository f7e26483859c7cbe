"""A bare legislature or police noun ("the Senate", "Police") in an article that names one
body of that noun placed in the article's country ("the US Senate", "the Lahore Metropolitan
Police") is that body, not the country's collective or a plain "Police" of the story; a body
placed in no one country ("the European Parliament"), in another country, or one of two such
bodies is not (kg/resolve/entities.py: _named_heads, _head_named; issue 13)."""

from __future__ import annotations

from typing import Any

import pytest

MERGES = [
    (
        "American spy agencies lost their powers after the US Senate failed to pass the bill"
        " in Washington. The Senate voted on Sunday to move ahead with reform legislation in"
        " the United States. The Senate criticised President Barack Obama.",
        "US Senate",
        "Senate",
        ("LEG", "US"),
    ),
    (
        "Pakistan's government said on Monday that the Lahore Metropolitan Police had"
        " arrested 12 men in Pakistan. Police said the men were planning attacks in Pakistan.",
        "Lahore Metropolitan Police",
        "Police",
        ("COP", "PK"),
    ),
    (
        "Police in the Nepalese capital said on Monday that they had arrested 12 men. The"
        " Kathmandu Metropolitan Police said the men were smuggling gold from China into"
        " Nepal. Police later released two of them.",
        "Kathmandu Metropolitan Police",
        "Police",
        ("COP", "NP"),
    ),
]

STAYS = [
    # a body of no one country is not the story country's parliament
    (
        "Albania's opposition accused Prime Minister Edi Rama of fraud in Tirana. The European"
        " Parliament offered to mediate talks in Albania, but the opposition kept boycotting"
        " parliament.",
        "European Parliament",
        "parliament",
    ),
    # two police forces named: the bare noun is neither's
    (
        "The Delhi Police and the Mumbai Police said they had seized weapons in India on"
        " Monday. Police later released the men, Indian officials said in India.",
        "Delhi Police",
        "Police",
    ),
    # another country's police in a story on Kenya
    (
        "Kenya's government deployed more officers in Nairobi on Monday. The Kampala"
        " Metropolitan Police said two smugglers had fled Kenya. Police in Nairobi arrested"
        " the smugglers, Kenyan officials said in Kenya.",
        "Kampala Metropolitan Police",
        "Police",
    ),
]


def _written(graph: Any, label: str) -> set[str]:
    node = next(e for e in graph.entities.values() if e.label == label)
    return {m.text for m in graph.mentions[node.id]}


@pytest.mark.parametrize(("text", "body", "bare", "coded"), MERGES)
def test_bare_noun_is_the_named_body(
    extract: Any, text: str, body: str, bare: str, coded: tuple[str, str]
) -> None:
    """The bare noun is a mention of the one named body, which takes the sector of the noun
    and the country its name gives."""
    graph = extract(text, published="2015-05-15")
    assert bare in _written(graph, body), [(e.label, e.sector) for e in graph.entities.values()]
    node = next(e for e in graph.entities.values() if e.label == body)
    assert (node.sector, node.country) == coded


@pytest.mark.parametrize(("text", "body", "bare"), STAYS)
def test_bare_noun_is_not_another_body(extract: Any, text: str, body: str, bare: str) -> None:
    """The bare noun stays the story's own node or its country's collective."""
    graph = extract(text, published="2015-05-15")
    assert bare not in _written(graph, body)
    assert any(bare in _written(graph, e.label) for e in graph.entities.values())
