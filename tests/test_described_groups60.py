"""A named group described with an indefinite noun, then taken up by the bare noun (hard60):
"X, an armed group, ... The group said" or "X is a Kurdish movement. ... the movement's
leader". The indefinite is said of the name (its apposition, or the attribute of a copula
whose subject is the name), so it is no one new standing between the name and "the group"
(kg/extract/nominals.py ``unnamed_between``). Sentences of our own, about other actors than
the articles that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, triples

FOUND: list[tuple[str, Triple]] = [
    # the indefinite set beside the name, subject or object of its sentence
    (
        "Al-Shabab, an armed group, attacked a base in Somalia. The group criticized Kenya.",
        ("al-Shabab", "criticized", "Kenya"),
    ),
    (
        "Nigeria fought Boko Haram, an armed group, in 2014. The group later attacked Chad.",
        ("Boko Haram", "attacked", "Chad"),
    ),
    # the attribute of a copula, in the main clause and in a "which" clause
    (
        "Hezbollah is a Lebanese group. The group's leader, Hassan Nasrallah, spoke on Sunday.",
        ("Hassan Nasrallah", "leader_of", "Hezbollah"),
    ),
    (
        "Boko Haram, which is an armed group, seized Baga in January. The group later "
        "criticized Niger.",
        ("Boko Haram", "criticized", "Niger"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # an unnamed group of its own between the name and the reference: the group is that one
    (
        "Al-Shabab attacked a base in Somalia. Police said an armed group had fired first. "
        "The group criticized Kenya.",
        ("al-Shabab", "criticized", "Kenya"),
    ),
    # an indefinite said of an unnamed noun is someone new too
    (
        "Boko Haram seized Baga in January. Days later the raiders, an armed group from "
        "Chad, burned the market. The group criticized Niger.",
        ("Boko Haram", "criticized", "Niger"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_described_group_is_still_the_group(extract: Any, text: str, expected: Triple) -> None:
    """ "The group" after "X, a ... group" or "X is a ... group" is X."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(("text", "unexpected"), NOT_FOUND)
def test_unnamed_group_between_still_blocks(extract: Any, text: str, unexpected: Triple) -> None:
    """An indefinite group said of no name is someone new: "the group" is not the one before."""
    assert unexpected not in triples(extract(text))
