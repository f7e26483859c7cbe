"""People caught by a force (seed ``V catch 173 obj=dobj !needs_person_object
!armed_subject``, force57): a person a force catches is arrested (sanctioned); catching a
flight, fire or someone off guard is none. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Ahmed Hassan fled to Mosul. After Iraqi commandos caught him, he was tortured.",
        ("Iraqi commandos", "sanctioned", "Ahmed Hassan"),
    ),
    (
        "Kenyan police caught Omar Farah in Nairobi on Monday.",
        ("Kenyan police", "sanctioned", "Omar Farah"),
    ),
    (
        "Omar Farah was caught by Kenyan police in Nairobi.",
        ("Kenyan police", "sanctioned", "Omar Farah"),
    ),
]
REMOVED = [
    (
        "Vladimir Putin caught Barack Obama off guard.",
        ("Vladimir Putin", "sanctioned", "Barack Obama"),
    ),
    (
        "Angela Merkel caught Francois Hollande by surprise in Berlin.",
        ("Angela Merkel", "sanctioned", "Francois Hollande"),
    ),
    (
        "Kenyan police caught fire near Omar Farah's house.",
        ("Kenyan police", "sanctioned", "Omar Farah"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_caught_people_arrested(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A person caught by a force is sanctioned (arrested); an idiom of catching is not."""
    check_kept_removed(extract(text), kept, removed)
