"""Events that date a clause (prec61; ``frame_nouns`` in kg/data/en/cues.json,
kg/extract/interactions.py ``_time_frame``): an event noun after "on the day of", "at the
time of", "on the eve of" frames the clause in time, as one after "after" or "during" does,
so the clause's subject did not do it; an event with a doer of its own keeps that doer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the clause's own act, and an event whose owner does it
    (
        "Jordanian police arrested two men on the day of the attack on the Dead Sea hotel.",
        ("Jordanian police", "sanctioned", "two men"),
    ),
    (
        "Somali troops fled hours before the al-Shabab attack on Kismayo.",
        ("al-Shabab", "attacked", "Kismayo"),
    ),
    (
        "Activists gathered in Ramallah on the anniversary of the Israeli bombing of Jenin.",
        ("Israel", "attacked", "Jenin"),
    ),
]

REMOVED = [
    # the subject of the clause the event dates did not do it
    (
        "Jordanian police arrested two men on the day of the attack on the Dead Sea hotel.",
        ("Jordanian police", "attacked", "Dead Sea hotel"),
    ),
    (
        "Lebanese students marched in Beirut on the day of the Hariri assassination.",
        ("Lebanese students", "attacked", "Hariri"),
    ),
    (
        "Lebanese police detained three men on the eve of the attack on the Beirut airport.",
        ("Lebanese police", "attacked", "Beirut airport"),
    ),
    (
        "Students rallied in Lahore at the time of the attack on the school in Quetta.",
        ("Students", "attacked", "Quetta"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_time_frames(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """An event that dates the clause is not its subject's act."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
