"""fix52: "did not X until Y" is an event told late, not denied; a lede's title is not given
to the next sentence's subject when that one only reacts to the news. Sentences of our own
about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses

STATUSES = [
    # a negated verb with "until" after it: the event took place, at that later time
    (
        "Lula did not travel to Caracas until Maduro released the prisoners.",
        ("Luiz Inacio Lula da Silva", "visited", "Caracas"),
        "occurred",
    ),
    (
        "Macron did not visit Algeria until 2017.",
        ("Emmanuel Macron", "visited", "Algeria"),
        "occurred",
    ),
    (
        "Macron did not travel to Algeria till last week.",
        ("Emmanuel Macron", "visited", "Algeria"),
        "occurred",
    ),
    # negatives: no "until", a modal or future (a condition), "until" in front, "until now"
    (
        "Lula did not travel to Caracas.",
        ("Luiz Inacio Lula da Silva", "visited", "Caracas"),
        "denied",
    ),
    (
        "Erdogan will not meet Assad until the army withdraws.",
        ("Assad", "met", "Recep Tayyip Erdogan"),
        "denied",
    ),
    (
        "Erdogan would not meet Assad until the army withdrew.",
        ("Assad", "met", "Recep Tayyip Erdogan"),
        "denied",
    ),
    (
        "Until 2017, Macron had not visited Algeria.",
        ("Emmanuel Macron", "visited", "Algeria"),
        "denied",
    ),
    ("Putin has not visited Japan until now.", ("Vladimir Putin", "visited", "Japan"), "denied"),
]


@pytest.mark.parametrize(("text", "triple", "status"), STATUSES)
def test_fix52_until_status(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A negated verb with a later "until" is occurred, unless a modal or future makes it a
    condition."""
    assert statuses(extract(text), triple) == {status}


TITLES = [
    # the next sentence's subject only reacts to the lede's news: not the office holder
    (
        "Ghana's finance minister has resigned. Kofi Mensah accepted the resignation.",
        ("Kofi Mensah", "Ghana"),
        False,
    ),
    (
        "Peru's defence minister has resigned. Carlos Rojas welcomed the decision.",
        ("Carlos Rojas", "Peru"),
        False,
    ),
    # the next sentence's subject tells of himself: the title is still his
    (
        "Ghana's finance minister has resigned. Kofi Mensah said he was leaving for personal "
        "reasons.",
        ("Kofi Mensah", "Ghana"),
        True,
    ),
    (
        "Peru's defence minister has resigned. Carlos Rojas said he would return to the army.",
        ("Carlos Rojas", "Peru"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "pair", "kept"), TITLES)
def test_fix52_titles_across_reaction(
    extract: Any, text: str, pair: tuple[str, str], kept: bool
) -> None:
    """The lede's title goes to the next subject only when that one is not written apart."""
    assert (pair in pairs(extract(text), "member_of")) is kept
