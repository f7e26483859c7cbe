"""Cross-paragraph speakers of the twentieth round: a quote that opens a paragraph with no
speech verb of its own carries on the one speaker the paragraph before reports when that
paragraph has no quote ("X said the vote was rigged." / '"Police attacked the town."'),
so the attack told in the quote is the speaker's accusation (kg/extract/quotes.py
``_reported_speaker``). Real model; actors other than the articles the rule came from.
Paragraphs are separated by a blank line."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed, mention_pairs

PUBLISHED = "2015-05-20"

REPORTED_SPEAKERS: list[Case] = [
    # a person reported in the paragraph before, the quote with no speech verb after it
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, said the vote had been rigged.\n\n"
        '"Kenyan police attacked the town of Kisumu on Monday night."',
        ("Pierre Kamau", "criticized", "Kenyan police"),
        None,
    ),
    # an organisation as the reported speaker
    (
        "Amnesty International said on Tuesday that the trial had been unfair.\n\n"
        '"Ugandan troops shelled the town of Gulu for three days."',
        ("Amnesty International", "criticized", "Ugandan troops"),
        None,
    ),
    # the paragraph before reports no one: no speaker to carry
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, visited Nairobi on Sunday.\n\n"
        '"Kenyan police attacked the town of Kisumu on Monday night."',
        None,
        ("Pierre Kamau", "criticized", "Kenyan police"),
    ),
    # the speaker spoke in an earlier sentence; the last one reports no one
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, said the vote had been rigged. "
        "The count ended on Sunday.\n\n"
        '"Kenyan police attacked the town of Kisumu on Monday night."',
        None,
        ("Pierre Kamau", "criticized", "Kenyan police"),
    ),
    # the quote names its own speaker: his, not the one of the paragraph before
    (
        "Pierre Kamau, a Kenyan opposition lawmaker, said the vote had been rigged.\n\n"
        '"Kenyan police attacked the town of Kisumu on Monday night," said John Mwangi.',
        ("John Mwangi", "criticized", "Kenyan police"),
        ("Pierre Kamau", "criticized", "Kenyan police"),
    ),
    # two speakers reported in the last sentence: no one carried
    (
        "Pierre Kamau said the vote had been rigged, while John Mwangi said it was fair.\n\n"
        '"Kenyan police attacked the town of Kisumu on Monday night."',
        None,
        ("Pierre Kamau", "criticized", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), REPORTED_SPEAKERS)
def test_coref18_reported_speakers(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A quote with no speech verb carries on the one speaker the paragraph before reports."""
    check_kept_removed(extract(text, published=PUBLISHED), kept, removed)


# a name the noun's own phrase describes is never what "the group" takes up
OWN_PHRASES: list[tuple[str, tuple[str, str] | None, tuple[str, str] | None]] = [
    (
        "Oxfam, a member of the group, accused the Kenyan police of torture on Monday.",
        None,
        ("group", "Oxfam"),
    ),
    (
        "Oxfam, a founding member of the group, accused the Kenyan police of torture.",
        None,
        ("group", "Oxfam"),
    ),
    # the body named in a sentence before is still taken up
    (
        "Oxfam said the Kenyan army should end its abuses.\n\n"
        "Winnie Byanyima, a member of the group, accused the Kenyan police of torture.",
        ("group", "Oxfam"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), OWN_PHRASES)
def test_coref18_own_phrase_not_taken_up(
    extract: Any, text: str, kept: tuple[str, str] | None, removed: tuple[str, str] | None
) -> None:
    """ "X, a member of the group": the group is not X."""
    found = mention_pairs(extract(text, published=PUBLISHED), "nominal")
    if kept is not None:
        assert kept in found, found
    if removed is not None:
        assert removed not in found, found
