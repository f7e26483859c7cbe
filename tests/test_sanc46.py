"""Trials no one holds (sanc46).

"In Kenya, the trial of X has begun", "the retrial of X began in Kenya": a trial noun with no
holder of its own is the state's sanction of its "of" defendants (CAMEO 173), by the country
the clause places it in (kg/extract/agentless_trials.py; "retrial" joins "trial" in
kg/data/en/triggers.jsonl). Not a trial someone owns ("Uganda's trial of X ... in Kenya"),
not one a verb takes as object ("called the trial of X in Uganda unfair"), not one placed
nowhere. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

Claim = tuple[str, str, str]


def _sanctions(graph: Any) -> set[Claim]:
    """(subject label, object label, status) of every `sanctioned` claim."""
    return {
        (
            graph.entities[r.subject].label,
            graph.entities[r.object].label,
            r.qualifiers.status.value,
        )
        for r in graph.claims
        if r.object is not None and r.predicate.value == "sanctioned"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Kenya, the trial of journalist Ali Hassan has begun.",
            ("Kenya", "Ali Hassan", "occurred"),
        ),
        (
            "The retrial of Ali Hassan began in Kenya on Monday.",
            ("Kenya", "Ali Hassan", "occurred"),
        ),
        (
            "The trial of Ali Hassan will resume in Kenya on May 14.",
            ("Kenya", "Ali Hassan", "planned"),
        ),
    ],
)
def test_agentless_trials_are_the_states(extract: Any, text: str, expected: Claim) -> None:
    """A trial no one holds, placed in a country, is that state's sanction of the defendant."""
    assert expected in _sanctions(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the owner holds the trial; the place where it sits is no second holder
        ("Uganda's trial of Ali Hassan began in Kenya.", ("Kenya", "Ali Hassan")),
        # trials in general: no one trial happened
        ("In Kenya, trials of Ali Hassan and Omar Farouk are rare.", ("Kenya", "Ali Hassan")),
        ("Trials of Kenyan police officers are rare in Kenya.", ("Kenya", "Kenyan police")),
        # a trial the observers weigh: the observers' country tries no one
        (
            "Observers in Kenya called the trial of Ali Hassan in Uganda unfair.",
            ("Kenya", "Ali Hassan"),
        ),
    ],
)
def test_agentless_trials_not_by_another(extract: Any, text: str, absent: tuple[str, str]) -> None:
    """An owned trial or one a verb takes is not given to the country named nearby."""
    assert not any((s, o) == absent for s, o, _ in _sanctions(extract(text)))


def test_agentless_trials_need_a_state(extract: Any) -> None:
    """A trial placed nowhere, in an article naming no country, is no one's sanction."""
    assert not _sanctions(extract("The trial of Ali Hassan has begun.", published="2015-06-10"))


_HOME = (
    "Kenya is holding a journalist. Kenyan police said on Monday that the journalist had been "
    "detained in Nairobi. "
)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # placed nowhere: the article's one country holds it (kg/extract/home_state.py)
        (_HOME + "The trial of Ali Hassan has begun.", True),
        # the sentence names another country: the trial may be that one's
        (_HOME + "The trial of Ali Hassan, who fled from Somalia, has begun.", False),
    ],
)
def test_agentless_trials_home_state_unless_another_country(
    extract: Any, text: str, present: bool
) -> None:
    """A trial placed nowhere is the article's country's, unless its sentence names another."""
    found = ("Kenya", "Ali Hassan", "occurred") in _sanctions(extract(text, published="2015-06-10"))
    assert found is present
