"""People in need that an actor works with are served, not a party cooperating with it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "Egypt worked with the UAE to deliver weapons to Haftar.",
        ("Egypt", "cooperated_with", "United Arab Emirates"),
    ),
    ("Kenya is working with Somalia on border security.", ("Kenya", "cooperated_with", "Somalia")),
]
REMOVED = [
    (
        "The inquiry found that UNHCR officials working with Syrian refugees sent reports to "
        "the Jordanian army.",
        ("Syrian refugees", "cooperated_with", "UNHCR"),
    ),
    (
        "Medecins Sans Frontieres has worked with refugees in Lebanon since 2012.",
        ("Medecins Sans Frontieres", "cooperated_with", "refugees"),
    ),
    ("The IOM works with migrants stranded in Libya.", ("IOM", "cooperated_with", "migrants")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_needy_partner_is_served(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "worked with migrants": no cooperation; "worked with the UAE": cooperation."""
    check_kept_removed(extract(text), kept, removed)
