"""The right "he" for "he said" (he60, kg/extract/coref.py): a "he" quoted in words whose
speech verb has a pronoun subject ('"The first thing he will do is call X," he told
reporters') is never the speaker, whom the "he" outside the quote takes up; and a pronoun
inside the quote taken for the speaker names no one there, so the "he" outside the quote
is not turned away from the speaker to a person named in the quote before, nor is one
named only in a quote whose opening mark the paragraph dropped ('X's leak shows unrest," he
said'). Sentences of our own, with the model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Stated, stated

# an analyst's quote about a leader named inside it, then a quote with "he" on both sides
ANALYST = (
    "Prime Minister Omar Haddad must win a vote of confidence by Friday.\n\n"
    '"Haddad is left with a weak coalition," said analyst Karim Nasser of Cairo University.\n\n'
    '"The first thing he will do tomorrow is call the opposition leaders," he told reporters.'
)
# a councillor on a mayor, then the mayor spoken of as "he" inside the next quote
COUNCIL = (
    "Mayor Jonas Ekberg faces a recall vote in Malmo next month.\n\n"
    '"Ekberg has lost the trust of the city," said David Carter, a council member.\n\n'
    '"He should step down before the vote takes place," he added.'
)
# a coach speaking of a player named before, with the reporter's "he" on his words
COACH = (
    "Diego Ferreira, the club's top scorer, missed the final through injury.\n\n"
    '"Ferreira was our best player this season," coach Marco Bellini said on Sunday.\n\n'
    '"Without him we had no one to score, and he knows it," he told the club website.'
)
# a quote whose opening mark the paragraph dropped names a person before "he said"
REOPENED = (
    "Navy sailor Anders Eriksen leaked a report on reactor safety in May.\n\n"
    "Lars Holm, a nuclear engineer, studied the report for a week.\n\n"
    '"The very fact that Eriksen leaked it shows a flawed system," said Holm.\n\n'
    "Eriksen's leak may be a sign of deep unrest in the navy, which I believe it was,\" he said."
)
REOPENED_LAWYER = (
    "Opposition leader Maria Santos was arrested in Quito on Monday.\n\n"
    '"Santos is being punished for her speeches," said Pablo Ruiz, a lawyer for her party.\n\n'
    'The arrest of Santos shows how little the courts care about the law," he told reporters.'
)

ROWS: list[tuple[str, Stated, Stated]] = [
    (ANALYST, ("Karim Nasser", "The first thing"), ("Omar Haddad", "The first thing")),
    (COUNCIL, ("David Carter", "He should step"), ("Jonas Ekberg", "He should step")),
    (REOPENED, ("Lars Holm", "Eriksen's leak may"), ("Anders Eriksen", "Eriksen's leak may")),
    (
        REOPENED_LAWYER,
        ("Pablo Ruiz", "The arrest of"),
        ("Maria Santos", "The arrest of"),
    ),
    (COACH, ("Marco Bellini", "Without him we"), ("Diego Ferreira", "Without him we")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), ROWS)
def test_pronoun_speaker_is_not_the_person_quoted(
    extract: Any, text: str, kept: Stated, removed: Stated
) -> None:
    """The "he" of "he said" after a quote about someone else is the quote's speaker."""
    got = stated(extract(text, published="2015-05-15"))
    assert kept in got, sorted(got)
    assert removed not in got, sorted(got)
