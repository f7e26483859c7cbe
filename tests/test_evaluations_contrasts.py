"""Evaluations (kg/extract/evaluations.py): a reported clause that says what its subject should
do in place of what it does ("should be arming the tribes, not deploying militias"), and a
reported wrong done by someone ("ignored the warnings", "was fabricated by X"), criticise the
doer. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # what should be done, set against what is done
    (
        "Amnesty International said Kenya should be protecting refugees rather than deporting "
        "them.",
        ("Amnesty International", "criticized", "Kenya"),
    ),
    (
        "Lech Walesa said the Polish government should be funding schools, instead of buying "
        "weapons.",
        ("Lech Walesa", "criticized", "Polish government"),
    ),
    (
        "Sunni tribal leaders in Anbar, who believe that the Iraqi government should be arming "
        "volunteer fighters, not deploying militias, met in Ramadi.",
        ("Sunni tribal leaders", "criticized", "Iraqi government"),
    ),
    # what should have been done, or not done
    (
        "Amnesty International said Nigeria should have protected the villagers.",
        ("Amnesty International", "criticized", "Nigeria"),
    ),
    (
        '"Kenya should not have deported the refugees," Raila Odinga said.',
        ("Raila Odinga", "criticized", "Kenya"),
    ),
    # a wrong done, reported
    (
        "Thai prosecutors said Yingluck Shinawatra ignored multiple warnings.",
        ("Thai prosecutors", "criticized", "Yingluck Shinawatra"),
    ),
    (
        "Anwar Ibrahim says the case was fabricated by the Malaysian government.",
        ("Anwar Ibrahim", "criticized", "Malaysian government"),
    ),
    # ... by the passive's agent, not the one who suffered it
    (
        "Amnesty International said Belarusian journalists were persecuted by the KGB.",
        ("Amnesty International", "criticized", "KGB"),
    ),
]

REMOVED = [
    # advice with nothing set against it is no verdict
    (
        "Human Rights Watch said Kenya should be protecting refugees.",
        ("Human Rights Watch", "criticized", "Kenya"),
    ),
    (
        "Angela Merkel said Greece should not be leaving the euro.",
        ("Angela Merkel", "criticized", "Greece"),
    ),
    # a passive duty falls on no one named; "must have" guesses
    (
        "Angela Merkel said Greece should not have been excluded from the talks.",
        ("Angela Merkel", "criticized", "Greece"),
    ),
    (
        "John Kerry said Ukraine must have known about the plan.",
        ("John Kerry", "criticized", "Ukraine"),
    ),
    # the one a wrong was done to is not criticised
    (
        "Amnesty International said Belarusian journalists were persecuted by the KGB.",
        ("Amnesty International", "criticized", "Belarusian media"),
    ),
    # a wrong denied is none
    (
        "Ankara said the Turkish army was not obstructing the aid convoys.",
        ("Ankara", "criticized", "Turkish army"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_evaluations_contrast_and_wrongs(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A contrasted duty, a duty missed or a reported wrong criticises the doer; advice, a
    denial or the one wronged does not."""
    check_kept_removed(extract(text), kept, removed)
