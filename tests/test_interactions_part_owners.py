"""An attack noun after a part noun ("British involvement in the invasion of X", "Kenya's role
in the war in Y") is the deed of the part noun's owner, not of whoever judges that part
(kg/extract/interactions.py, _part_owners). Sentences are about other actors than the
article that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND: list[tuple[str, tuple[str, str]]] = [
    (
        "Critics opposed British involvement in the war in Afghanistan.",
        ("United Kingdom", "Afghanistan"),
    ),
    (
        "Labour supported British involvement in the invasion of Iraq.",
        ("United Kingdom", "Iraq"),
    ),
    (
        "Protesters condemned Ethiopia's role in the invasion of Somalia.",
        ("Ethiopia", "Somalia"),
    ),
    # no owner: the subject owns its part ("denied any role", "claimed responsibility")
    (
        "The Taliban claimed responsibility for the attack on the hotel in Kabul.",
        ("Taliban", "Kabul"),
    ),
]

NOT_FOUND: list[tuple[str, tuple[str, str]]] = [
    (
        "Critics opposed British involvement in the war in Afghanistan.",
        ("critics", "Afghanistan"),
    ),
    (
        "Labour supported British involvement in the invasion of Iraq.",
        ("Labour", "Iraq"),
    ),
    (
        "Protesters condemned Ethiopia's role in the invasion of Somalia.",
        ("Protesters", "Somalia"),
    ),
]


@pytest.mark.parametrize(("sentence", "pair"), FOUND)
def test_interactions_part_owner_did_it(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    """The owner of the part noun attacked the event's target."""
    graph = extract(sentence, published="2015-05-15")
    assert pair in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))


@pytest.mark.parametrize(("sentence", "pair"), NOT_FOUND)
def test_interactions_part_judge_did_not(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Who opposes, supports or condemns someone's part in an attack did not make it."""
    graph = extract(sentence, published="2015-05-15")
    assert pair not in pairs(graph, "attacked"), sorted(pairs(graph, "attacked"))
