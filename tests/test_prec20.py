"""Precision on unseen news (prec20): an act someone is unable to do did not happen. "X was
unable to meet Y", "would be unable to accept the offer" are denied, as "unwilling to" and
"failed to" already were ("unable" in ``kg/data/en/status_words.json``, read by the refusal
cues of kg/extract/qualifiers.py). An act beside it in another clause keeps its own status,
and so does one someone was able to do. Sentences are about other actors than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, statuses

UNABLE = [
    # (sentence, triple, the one status its claims have)
    (
        "Kerry was unable to meet Lavrov on Monday.",
        ("John Kerry", "met", "Sergei Lavrov"),
        "denied",
    ),
    ("The Houthis were unable to attack Aden.", ("Houthis", "attacked", "Aden"), "denied"),
    (
        "Modi would be unable to accept the Chinese offer.",
        ("China", "agreed_with", "Narendra Modi"),
        "denied",
    ),
    (
        "Saudi Arabia was unable to reach an agreement with Iran.",
        ("Iran", "agreed_with", "Saudi Arabia"),
        "denied",
    ),
    (
        "Unable to meet Putin in Moscow, Obama called Merkel.",
        ("Barack Obama", "met", "Vladimir Putin"),
        "denied",
    ),
    # the clause beside it, and an act someone was able to do, keep their status
    (
        "The army was unable to hold the town, and ISIL seized Ramadi.",
        ("Islamic State", "attacked", "Ramadi"),
        "occurred",
    ),
    ("Egypt was able to meet Israel's demands.", ("Egypt", "conceded_to", "Israel"), "occurred"),
]


@pytest.mark.parametrize(("text", "triple", "status"), UNABLE)
def test_prec20_unable_is_denied(extract: Any, text: str, triple: Triple, status: str) -> None:
    """An act the actor is unable to do is denied; a conjoined clause's and an act it was
    able to do are not."""
    assert statuses(extract(text), triple) == {status}
