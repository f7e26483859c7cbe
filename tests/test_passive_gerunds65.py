"""A gerund in an adjunct of a passive participle on a noun with its "by" agent (gerund65,
kg/extract/interactions.py ``_agent_passive_adjunct``): "X captured by Y after seizing Z" may
mean either X or Y seized Z, so neither is its doer; a finite passive's adjunct keeps its
subject ("X was arrested by Y after attacking Z": X attacked). Land taken over is occupied
(tools/lexicon/seeds/assault.txt, 192). Sentences of our own, not the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

# (sentence, a claim it must make or None, an attack pair it must not make)
CASES = [
    # a participle passive with its agent: the gerund names no doer
    (
        "Dozens of Kurdish fighters ambushed by Islamic State militants after seizing the town "
        "of Tal Abyad were killed.",
        ("Islamic State", "attacked", "Kurdish fighters"),
        ("Kurdish fighters", "Tal Abyad"),
    ),
    (
        "Iraqi soldiers killed by ISIL fighters after storming the city of Ramadi were buried "
        "on Monday.",
        ("Islamic State", "attacked", "Iraqi soldiers"),
        ("Iraqi soldiers", "Ramadi"),
    ),
    (
        "The Houthi rebels, bombed by Saudi jets while attacking the city of Aden, retreated.",
        None,
        ("Houthis", "Aden"),
    ),
    (
        "A Taliban commander arrested by Afghan police after attacking the town of Kunduz was "
        "jailed.",
        None,
        ("Afghan police", "Kunduz"),
    ),
    # a finite passive's adjunct is its subject's
    (
        "The militants were captured by Kenyan soldiers after attacking the town of Mandera.",
        ("militants", "attacked", "Mandera"),
        ("Kenyan soldiers", "Mandera"),
    ),
    # a participle with no agent: its noun did the gerund's deed
    (
        "Houthi rebels driven out of Aden after attacking the city regrouped.",
        ("Houthis", "attacked", "Aden"),
        None,
    ),
    # land taken over is occupied
    (
        "Al-Shabab militants have taken over the port of Kismayo.",
        ("al-Shabab", "attacked", "Kismayo"),
        None,
    ),
    (
        "The Nusra Front took over the town of Idlib in March.",
        ("Nusra Front", "attacked", "Idlib"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "claim", "absent"), CASES)
def test_passive_gerunds(
    extract: Any,
    text: str,
    claim: tuple[str, str, str] | None,
    absent: tuple[str, str] | None,
) -> None:
    """The claim the sentence makes, and no attack by the wrong doer."""
    graph = extract(text, published="2015-05-15")
    if claim is not None:
        assert claim in triples(graph), triples(graph)
    if absent is not None:
        assert absent not in pairs(graph, "attacked"), triples(graph)
