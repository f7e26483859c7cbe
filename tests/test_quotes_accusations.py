"""A quote that tells of an actor's attack is its speaker's accusation of the attacker
(kg/extract/quotes.py ``quoted_accusations``), the speaker carried to a paragraph that goes
on with the quote. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a trailing "X said"
    (
        '"Museveni\'s militia killed civilians in Gulu," Kizza Besigye said.',
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # "X was quoted as saying"
    (
        '"Mugabe\'s militia killed civilians in Harare," Tsvangirai was quoted as saying.',
        ("Tsvangirai", "criticized", "Mugabe"),
    ),
    # an unnamed speaker for a body: the body speaks
    (
        '"Mugabe\'s militia killed civilians in Harare," a spokesman for the Movement for '
        "Democratic Change said.",
        ("Movement for Democratic Change", "criticized", "Mugabe"),
    ),
    # "he said", the pronoun the speaker named before
    (
        "Kizza Besigye spoke to reporters in Kampala on Monday.\n\n"
        '"Museveni\'s militia killed civilians in Gulu," he said.',
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # a paragraph that goes on with the quote of the paragraph before
    (
        '"We will not stop our campaign," opposition leader Morgan Tsvangirai said on Monday.\n\n'
        '"Mugabe\'s militia killed civilians in Harare."',
        ("Morgan Tsvangirai", "criticized", "Mugabe"),
    ),
]

REMOVED = [
    # no quote: a report of the attack, no speaker's accusation
    (
        "Museveni's militia killed civilians in Gulu, Kizza Besigye said.",
        ("Kizza Besigye", "criticized", "Museveni"),
    ),
    # a paragraph with an attribution of its own is not the speaker before's
    (
        '"We will not stop our campaign," opposition leader Morgan Tsvangirai said on Monday.\n\n'
        '"Mugabe\'s militia killed civilians in Harare," a party lawyer said.',
        ("Morgan Tsvangirai", "criticized", "Mugabe"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_quotes_attack_told_in_a_quote_is_criticised(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """The speaker of a quote telling of an attack criticises the attacker."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ('He said "we won" and left.', [(9, 15)]),
        ("\u201cWe will go on.", [(1, 15)]),
        ('"A," she said. "B."', [(1, 3), (16, 18)]),
    ],
)
def test_quotes_spans_of_a_paragraph(text: str, spans: list[tuple[int, int]]) -> None:
    """Quotation spans exclude their marks; one left open runs to the paragraph's end."""
    from kg.extract.quotes import quote_spans

    assert quote_spans(text) == spans
