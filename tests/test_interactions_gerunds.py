"""Who does a gerund after a frame preposition ("after seizing X"), with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "ISIL killed hundreds after capturing Palmyra last week.",
            ("Islamic State", "attacked", "Palmyra"),
            None,
        ),
        (
            "Kenya expelled two diplomats after accusing Somalia of spying.",
            ("Kenya", "criticized", "Somalia"),
            None,
        ),
        # object control stays for "of"/"for": the object does the act
        (
            "Ethiopia accused Eritrea of arming al-Shabab.",
            ("Eritrea", "supported", "al-Shabab"),
            ("Ethiopia", "supported", "al-Shabab"),
        ),
        (
            "Chad praised Niger for hosting the talks.",
            ("Chad", "supported", "Niger"),
            None,
        ),
    ],
)
def test_interactions_frame_gerund_is_the_subjects(
    extract: Any,
    text: str,
    expected: tuple[str, str, str],
    absent: tuple[str, str, str] | None,
) -> None:
    """A gerund after "after"/"before"/"despite" is done by the clause's subject, not its object."""
    found = triples(extract(text))
    assert expected in found
    assert absent not in found
