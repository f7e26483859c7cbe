"""Trials no one holds, placed by their defendant or judged by a verb (kg/extract/
agentless_trials.py, inst57): "the trial of X in Iran began", "rights groups condemned the
trial of X in Turkey" -> the state sanctioned X. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, (subject, predicate, object))
TRIED = [
    ("The trial of Ali Hassan in Kenya began on Tuesday.", ("Kenya", "sanctioned", "Ali Hassan")),
    (
        "Human Rights Watch condemned the trial of Ali Hassan in Kenya.",
        ("Kenya", "sanctioned", "Ali Hassan"),
    ),
    (
        "Diplomats from Norway attended the trial of Omar Farouk in Uganda.",
        ("Uganda", "sanctioned", "Omar Farouk"),
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_TRIED = [
    # the holder adjourned it: the verb's own act, not a trial no one holds
    (
        "The court adjourned the trial of Ali Hassan in Kenya.",
        ("Kenya", "sanctioned", "Ali Hassan"),
    ),
    # no defendant
    ("The trial begins on Monday in Kenya.", ("Kenya", "sanctioned", "Ali Hassan")),
    # a trial judged with no country: no state holds it
    (
        "Human Rights Watch condemned the trial of Ali Hassan.",
        ("Kenya", "sanctioned", "Ali Hassan"),
    ),
    # the observers' country tries no one
    (
        "Diplomats from Norway attended the trial of Omar Farouk in Uganda.",
        ("Norway", "sanctioned", "Omar Farouk"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), TRIED)
def test_agentless_trials_placed_by_defendant_or_judged(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A trial of X in a country, or one a verb condemns or attends, is the state's sanction."""
    assert claims_between(extract(sentence), *triple)


@pytest.mark.parametrize(("sentence", "triple"), NOT_TRIED)
def test_agentless_trials_held_or_unplaced_no_claim(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A trial its holder acts on, one with no defendant or no country gives no claim."""
    assert not claims_between(extract(sentence), *triple)
