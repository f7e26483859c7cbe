"""In "the X region of Y", a country Y is what X lies in, never the reverse (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

REVERSED = [
    (
        "The Montagnards are ethnic minority communities that populate the Central Highlands"
        " region of Vietnam.",
        ("Vietnam", "located_in", "Central Highlands"),
    ),
    (
        "Heavy rain hit the Rift Valley province of Kenya.",
        ("Kenya", "located_in", "Rift Valley"),
    ),
    (
        "The four migrants had been held in detention on the remote Pacific island of Nauru.",
        ("Pacific", "located_in", "Nauru"),
    ),
]

LIES_IN = [
    (
        "The Montagnards are ethnic minority communities that populate the Central Highlands"
        " region of Vietnam.",
        ("Central Highlands", "located_in", "Vietnam"),
    ),
    ("Heavy rain hit the Rift Valley province of Kenya.", ("Rift Valley", "located_in", "Kenya")),
    ("The Ngagara district of Bujumbura was quiet.", ("Ngagara", "located_in", "Bujumbura")),
    ("Protesters gathered in the Yemeni city of Aden.", ("Aden", "located_in", "Yemen")),
    (
        "The four migrants had been held in detention on the remote Pacific island of Nauru.",
        ("Nauru", "located_in", "Pacific"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=LIES_IN, removed=REVERSED)
)
def test_places_region_of_country_lies_in_it(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "the Central Highlands region of Vietnam": the region lies in Vietnam; "the Pacific
    island of Nauru" is Nauru, in the Pacific."""
    check_kept_removed(extract(text), kept, removed)
