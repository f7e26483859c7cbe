"""What an actor is asked to do is requested, not done (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # asked, told, encouraged "to" act: proposed
    (
        "The Nigerian government asked Chad to fight Boko Haram.",
        ("Chad", "attacked", "Boko Haram"),
        "proposed",
    ),
    ("Chad was asked to fight Boko Haram.", ("Chad", "attacked", "Boko Haram"), "proposed"),
    (
        "Chad has been asked by Nigeria to lead a counter-offensive against Boko Haram in Borno.",
        ("Chad", "attacked", "Boko Haram"),
        "proposed",
    ),
    # the act itself, or one done after the request, has occurred
    ("Chad fought Boko Haram in Borno.", ("Chad", "attacked", "Boko Haram"), "occurred"),
    (
        "Chad fought Boko Haram after Nigeria asked it to.",
        ("Chad", "attacked", "Boko Haram"),
        "occurred",
    ),
    # the request is an act of its own
    (
        "The Nigerian government asked Chad to fight Boko Haram.",
        ("Nigerian government", "requested", "Chad"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "triple", "expected"), CASES)
def test_qualifiers_asked_act_is_proposed(
    extract: Any, text: str, triple: tuple[str, str, str], expected: str
) -> None:
    """ "asked X to fight Y": X's attack on Y is proposed; a fight that happened is occurred."""
    assert statuses(extract(text), triple) == {expected}
