"""A state's own leader, official or force acting on its own country is no claim (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

OWN_COUNTRY = [
    (
        "Nigeria held elections in March. Nigerian President Goodluck Jonathan thanked the"
        " nation for a peaceful vote.",
        ("Goodluck Jonathan", "supported", "Nigeria"),
    ),
    (
        "French President Emmanuel Macron praised France's resilience after the attacks.",
        ("Emmanuel Macron", "supported", "France"),
    ),
    (
        "Turkish President Recep Tayyip Erdogan hailed Turkey's economic growth.",
        ("Recep Tayyip Erdogan", "supported", "Turkey"),
    ),
    (
        "The Sudanese army has bombed Sudan's own towns.",
        ("Sudanese army", "attacked", "Sudan"),
    ),
]

# another country, and one's own state's people, stay
KEPT = [
    (
        "Kenyan President William Ruto thanked Tanzania for its support.",
        ("William Ruto", "supported", "Tanzania"),
    ),
    (
        "Egyptian President Abdel Fattah el-Sisi praised Saudi Arabia for its support.",
        ("Abdel Fattah el-Sisi", "supported", "Saudi Arabia"),
    ),
    (
        "The Nigerian army attacked Boko Haram positions.",
        ("Nigerian army", "attacked", "Boko Haram"),
    ),
    (
        "Ghana's President Nana Akufo-Addo praised Ghana's security forces.",
        ("Nana Akufo-Addo", "supported", "Ghana's security forces"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=KEPT, removed=OWN_COUNTRY),
)
def test_interactions_state_organ_acts_on_others_only(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A president or army supporting or attacking its own country is not claimed; acting on
    another country or on a body of its own state is kept."""
    check_kept_removed(extract(text), kept, removed)
