"""A second "and of ..." after an accusation or praise is the accused's act too (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # the second "of" gerund, coordinated with the first: the accused acts
    (
        "Amnesty accused Burundi of torturing detainees and of killing protesters.",
        ("Burundi", "attacked", "protesters"),
        ("detainees", "attacked", "protesters"),
    ),
    (
        "Human rights groups have regularly accused Eritrea of clamping down on journalists, "
        "and of using emergency laws to silence dissent and jail critics.",
        ("Eritrea", "coerced", "critics"),
        ("Human rights groups", "coerced", "critics"),
    ),
    (
        "The opposition accused Uganda of arming the rebels and of sending troops to attack Juba.",
        ("Uganda", "attacked", "Juba"),
        ("opposition", "attacked", "Juba"),
    ),
    (
        "Kenya accused Somalia of harbouring al-Shabab fighters and of attacking Mandera.",
        ("Somalia", "attacked", "Mandera"),
        ("Kenya", "attacked", "Mandera"),
    ),
    # the close case that already had its reading: a second gerund without "of"
    (
        "Amnesty accused Burundi of torturing detainees and killing protesters.",
        ("Burundi", "attacked", "protesters"),
        ("Amnesty", "attacked", "protesters"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_second_of_gerund_is_the_accused_act(
    extract: Any, text: str, kept: tuple[str, str, str], removed: tuple[str, str, str]
) -> None:
    """ "accused X of A-ing and of B-ing Y": X does B to Y (alleged), not the accuser."""
    graph = extract(text)
    assert statuses(graph, kept) == {"hypothetical"}
    assert statuses(graph, removed) == set()


def test_interactions_accuser_still_criticizes(extract: Any) -> None:
    """The accuser criticises the accused, as the accusation itself occurred."""
    graph = extract("Amnesty accused Burundi of torturing detainees and of killing protesters.")
    assert statuses(graph, ("Amnesty", "criticized", "Burundi")) == {"occurred"}
