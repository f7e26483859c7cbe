"""Person pronouns in quoted words (kg/extract/coref.py): a speaker's "he"/"him" is never
the speaker. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import mention_pairs

SPEAKERS = [
    # '"He ...," X said': the quoted "he" is the person the article made a subject before
    (
        "Rebel commander Yusuf Kamara was killed in an air strike on Monday.\n\n"
        "Hassan Bello, a spokesman for the group, confirmed the death in a video.\n\n"
        '"He was very close to the founder of the movement," Bello said.',
        ("he", "Yusuf Kamara"),
        ("he", "Hassan Bello"),
    ),
    # a paragraph that goes on with the quote of the paragraph before: the same speaker's
    (
        "Pedro Alves was freed by the court on Monday, his lawyer Maria Costa said.\n\n"
        '"The judges saw the evidence," Costa said.\n\n'
        '"It was clear to everyone that the police had no case against him."',
        ("him", "Pedro Alves"),
        ("him", "Maria Costa"),
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), SPEAKERS)
def test_coref_quoted_pronoun_is_not_the_speaker(
    extract: Any, text: str, present: tuple[str, str], absent: tuple[str, str]
) -> None:
    """A third-person pronoun in a speaker's quoted words stands for someone else."""
    pairs = mention_pairs(extract(text), "pronoun")
    assert absent not in pairs
    assert present in pairs


def test_coref_unquoted_pronoun_after_speech_is_the_speaker(extract: Any) -> None:
    """Outside quotation marks, "X said he" stays X."""
    pairs = mention_pairs(
        extract("Ali Mansour was arrested on Monday. Omar Haddad said he would appeal."),
        "pronoun",
    )
    assert ("he", "Omar Haddad") in pairs
