"""A subject pronoun after a quote in its sentence ('"I will call X," he said after talks with
Y') is the speaker, none of the people named only inside the quote (kg/extract/coref.py,
``_quoted_only``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

LEAD = (
    "Saleh forms new government\n\nPrime Minister Karim Saleh held on to his job, announcing "
    "that he had formed a new coalition government just ahead of a deadline.\n\nBut with a "
    "majority of just one seat in the parliament, he would have to expand the alliance or "
    "battle for survival at every vote.\n\n"
)

ROWS = [
    (
        LEAD + '"I am leaving to call the king and Ali Hassan to inform them," he said after '
        "talks with Omar Nabil on Wednesday.",
        ("Karim Saleh", "met", "Omar Nabil"),
        ("Ali Hassan", "met", "Omar Nabil"),
    ),
    (
        LEAD + '"I am leaving to call the king and the speaker of the parliament," he said after '
        "talks with Omar Nabil on Wednesday.",
        ("Karim Saleh", "met", "Omar Nabil"),
        ("speaker of the parliament", "met", "Omar Nabil"),
    ),
    # named outside the quote too: the pronoun may be that person
    (
        'Ali Hassan arrived in Rabat on Monday. Ali Hassan said "the talks went well" and he '
        "later met Omar Nabil in Rabat.",
        ("Ali Hassan", "met", "Omar Nabil"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ROWS)
def test_coref_quoted_only_pronoun_is_the_speaker(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """The pronoun after a quote is no one named only inside the quote."""
    found = triples(extract(text, published="2015-05-15"))
    found |= {(o, p, s) for s, p, o in found if p == "met"}
    if kept is not None:
        assert kept in found, found
    if removed is not None:
        assert removed not in found, found
