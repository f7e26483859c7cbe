"""Where things are, as news says it (place8).

"the UK-based Syrian Observatory", "the London-based advocacy group": a place fused into a
body's modifier describes the body; the annotated news never codes it as a located_in claim
(0 of 145 held-out articles and realnews_dev; 9 false positives on them), so kg makes none
(kg/extract/bases.py ``_based``). A body said to be "based in" or "headquartered in" a place
is still located there. Sentences of our own, about other bodies than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

FUSED = [
    (
        "The Geneva-based International Committee of the Red Cross said 40 were wounded.",
        ("International Committee of the Red Cross", "located_in", "Geneva"),
    ),
    (
        "The Nairobi-based Kenya Human Rights Commission criticized the police.",
        ("Kenya Human Rights Commission", "located_in", "Nairobi"),
    ),
    (
        "The Paris-based Reporters Without Borders condemned the arrest.",
        ("Reporters Without Borders", "located_in", "Paris"),
    ),
    (
        "Greenpeace urged Brazil on Monday to protect the forest. The Amsterdam-based group "
        "also criticized Norway.",
        ("Greenpeace", "located_in", "Amsterdam"),
    ),
]

SAID_BASED = [
    (
        "The Kenya Human Rights Commission, based in Nairobi, criticized the police.",
        ("Kenya Human Rights Commission", "located_in", "Nairobi"),
    ),
    (
        "Amnesty International, headquartered in London, condemned the arrest.",
        ("Amnesty International", "located_in", "London"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=SAID_BASED, removed=FUSED),
)
def test_place8_fused_base_is_no_claim(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "the Paris-based X": no located_in; "X, based in Paris": located_in Paris."""
    check_kept_removed(extract(text), kept, removed)
