"""Courses of action said not to work (crit45).

A speaker who says that a course of action (a campaign, policy, strategy ...; ``futile`` of
``evaluations`` in cues.json) is not working or has backfired criticises its doer: its owner
("Museveni's policy has backfired") or, for a campaign of strikes with no owner ("the air
campaign"), the doer of the strikes told before (``kg/extract/evaluations.py`` ``_futile``,
``_struck``). A course said to work, a bid that only failed, talks, an actor said not to work,
or a denial, criticises no one. Sentences of our own, about actors other than the check sets'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uhuru Kenyatta said Yoweri Museveni's policy has backfired.",
            ("Uhuru Kenyatta", "Yoweri Museveni"),
        ),
        (
            "Raila Odinga said that Uhuru Kenyatta's strategy is not working.",
            ("Raila Odinga", "Uhuru Kenyatta"),
        ),
        (
            "The Saudi-led coalition has carried out air strikes against Houthi rebels in Yemen "
            "since March. Ali Abdullah Saleh said on Tuesday that the air campaign was not "
            "working.",
            ("Ali Abdullah Saleh", "Saudi-led coalition"),
        ),
    ],
)
def test_evaluations_futile_course_criticises_its_doer(
    extract: Any, text: str, expected: Pair
) -> None:
    """A course of action said not to work or to have backfired criticises its doer."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert any(s == expected[0] and expected[1] in o for s, o in found), found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Uhuru Kenyatta said Yoweri Museveni's policy is working.", "Uhuru Kenyatta"),
        ("Uhuru Kenyatta said Yoweri Museveni's bid had failed.", "Uhuru Kenyatta"),
        ("Uhuru Kenyatta said Yoweri Museveni is not working.", "Uhuru Kenyatta"),
        (
            "Uhuru Kenyatta denied that Yoweri Museveni's strategy was not working.",
            "Uhuru Kenyatta",
        ),
    ],
)
def test_evaluations_working_or_failed_bid_is_no_criticism(
    extract: Any, text: str, speaker: str
) -> None:
    """A course said to work, a bid that failed, an actor not working, a denial: no claim."""
    found = pairs(extract(text, published="2015-06-10"), "criticized")
    assert not [p for p in found if p[0] == speaker], found
