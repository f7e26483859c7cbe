"""A participle joined to a passive verb is passive too: its subject does not act (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

PATIENT_NOT_AGENT = [
    (
        "Joseph Kony was arrested and handed over to the International Criminal Court.",
        ("Joseph Kony", "conceded_to", "International Criminal Court"),
    ),
    (
        "The court ruled that Joseph Kony must be detained and handed over to the"
        " International Criminal Court.",
        ("Joseph Kony", "conceded_to", "International Criminal Court"),
    ),
]

# an active conjunct, or one with its own subject, still acts
AGENT = [
    (
        "Uganda arrested Joseph Kony and handed him over to the International Criminal Court.",
        ("Uganda", "conceded_to", "International Criminal Court"),
    ),
    (
        "Kenyan troops were deployed and attacked al-Shabab in Kismayo.",
        ("Kenyan troops", "attacked", "al-Shabab"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=AGENT, removed=PATIENT_NOT_AGENT)
)
def test_interactions_shared_passive_has_no_agent(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "X was arrested and handed over to Y": X hands nobody over; "A arrested X and handed
    him over to Y": A does."""
    check_kept_removed(extract(text), kept, removed)
