"""A speaker who says someone was behind an attack accuses them (CAMEO 112); "behind bars" and
"behind schedule" accuse nobody. Sentences are about other actors than the article that showed
the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Kenyan President Uhuru Kenyatta said al-Shabab was behind the violence.",
        ("Uhuru Kenyatta", "criticized", "al-Shabab"),
    ),
    (
        "Turkey said the PKK was behind the bombings in Suruc.",
        ("Turkey", "criticized", "Kurdistan Workers' Party"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    (
        "Kenyan President Uhuru Kenyatta said al-Shabab was behind schedule.",
        ("Uhuru Kenyatta", "criticized", "al-Shabab"),
    ),
    ("Turkey said the PKK leaders were behind bars.", ("Turkey", "criticized", "PKK")),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_verdicts_culprits_accused(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """The speaker accuses the one said to be behind a harmful act."""
    graph = extract(sentence, published="2015-05-15")
    found = claims_between(graph, *triple)
    assert found, sorted(triples(graph))
    assert found[0].qualifiers.cameo == "112"


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_verdicts_culprits_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Being behind bars or behind schedule is no accusation."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))
