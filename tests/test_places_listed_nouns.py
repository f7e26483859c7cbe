"""A place noun in a list of targets ("the town of X and the city of Y", "Rafah and the city of
Y", "the city of X, the town of Y") names the place after its "of", as the first of the list
does (kg/extract/context.py, listed_place; kg/extract/interactions.py). Sentences are about
other places than the article that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND: list[tuple[str, tuple[str, str]]] = [
    (
        "Israeli jets struck the town of Rafah and the city of Khan Younis on Monday.",
        ("Israeli army", "Khan Younis"),
    ),
    (
        "Israeli jets struck Rafah and the city of Khan Younis on Monday.",
        ("Israeli army", "Khan Younis"),
    ),
    (
        "The rebels have made gains in the north, seizing the city of Idlib, the town of "
        "Ariha and the town of Saraqeb.",
        ("rebels", "Saraqeb"),
    ),
    (
        "The rebels have made gains in the north, seizing the city of Idlib, the town of "
        "Ariha and the town of Saraqeb.",
        ("rebels", "Ariha"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str]]] = [
    # beside a name, a capital says what country the place is in: the country is not hit
    (
        "Saudi jets bombed Sanaa, the capital of Yemen, on Tuesday.",
        ("Saudi army", "Yemen"),
    ),
    # a province named after "of" in apposition says where the town lies
    (
        "ISIL fighters overran Ramadi, the capital of Anbar province, on Sunday.",
        ("Islamic State", "Anbar province"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), FOUND)
def test_places_listed_nouns_each_place_attacked(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Each place of a list of place nouns is attacked, not only the first."""
    graph = extract(sentence, published="2015-05-15")
    assert pair in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))


@pytest.mark.parametrize(("sentence", "pair"), NOT_FOUND)
def test_places_listed_nouns_container_not_attacked(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """The country or province a capital in apposition is of is no target."""
    graph = extract(sentence, published="2015-05-15")
    assert pair not in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))
