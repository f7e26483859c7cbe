"""Requests: whom a request asks, not whom the act it asks for would touch (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import kept_removed_cases, triples

# an appeal, a plea or a call "to free X" asks someone else to act on X: X is not asked
NOT_ASKED = [
    (
        "Rights groups made an appeal to free Maria Ressa.",
        ("Rights groups", "requested", "Maria Ressa"),
    ),
    (
        "Opposition groups made an appeal to release Ilham Tohti.",
        ("Opposition groups", "requested", "Ilham Tohti"),
    ),
]

# the one a request is addressed to stays its target, and other events keep their purpose's
# object ("an offensive to retake Kobane" is aimed at Kobane)
ASKED = [
    (
        "Amnesty International called on Kazakhstan to free Max Bokayev.",
        ("Amnesty International", "requested", "Kazakhstan"),
    ),
    (
        "The African Union urged Sudan to release the detained protesters.",
        ("African Union", "requested", "Sudan"),
    ),
    (
        "Turkish troops launched an offensive to retake Afrin.",
        ("Turkish troops", "attacked", "Afrin"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "kept", "removed"),
    kept_removed_cases(kept=ASKED, removed=NOT_ASKED),
)
def test_requests_addressee_is_requested_not_the_purpose_object(
    extract: Any, sentence: str, kept: Any, removed: Any
) -> None:
    """The addressee of a request ("called on X to") is requested, the object of its purpose
    ("an appeal to free X") is not; an attack's purpose is hit."""
    found = {(s.split(" [")[0], p, o) for s, p, o in triples(extract(sentence))}
    assert kept is None or kept in found, found
    assert removed is None or removed not in found, found
