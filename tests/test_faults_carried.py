"""Faults in a quote carried on (kg/extract/faults.py, its speaker from kg/extract/speakers.py):
a quality in a quote whose own sentences name no speaker is said by the speaker of the quote
it carries on, in the paragraph ('"...," X said. "..."') or the one before. Sentences of our
own, with the model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the quote's second part, after its speaker
    (
        '"We will not give up our struggle," the opposition leader Raila Odinga said on Monday. '
        '"The brutality of the Kenyan police has shocked the whole world."',
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    (
        '"We want peace," Hun Sen told reporters in Phnom Penh. "But Thailand\'s hypocrisy is '
        'clear to everyone."',
        ("Hun Sen", "criticized", "Thailand"),
    ),
    # a merit in the next paragraph, which opens with the quote and names no speaker
    (
        'The Malian defence minister Sadio Camara spoke in Bamako.\n\n"We owe a great deal," '
        'Camara said.\n\n"The courage of the Chadian army saved our northern towns.',
        ("Sadio Camara", "supported", "Chadian army"),
    ),
]
REMOVED = [
    # a paragraph with a speaker of its own is not carried on
    (
        '"We will not give up," Raila Odinga said.\n\n"The brutality of the Kenyan police is '
        'known," William Ruto replied.',
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
    # nor one that does not open with a quote
    (
        '"We will not give up," Raila Odinga said.\n\nObservers said the brutality of the '
        "Kenyan police was known.",
        ("Raila Odinga", "criticized", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_faults_carried_quote_speaker(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A quality in a quote carried on is its speaker's word; another speaker's is not."""
    check_kept_removed(extract(text), kept, removed)
