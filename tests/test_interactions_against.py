"""'Backed X against Y': Y is the other side, never the one backed (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed

CASES = [
    (
        "Iran backed the Houthis against Saudi Arabia.",
        ("Iran", "supported", "Houthis"),
        ("Iran", "supported", "Saudi Arabia"),
    ),
    (
        "Russia is backing Bashar al-Assad against the rebels in Idlib.",
        ("Russia", "supported", "Bashar al-Assad"),
        ("Russia", "supported", "rebels"),
    ),
    (
        "Qatar supported Hamas against Israel during the war.",
        ("Qatar", "supported", "Hamas"),
        ("Qatar", "supported", "Israel"),
    ),
    (
        "Turkey cooperated with the United States against ISIL.",
        ("Turkey", "cooperated_with", "United States"),
        ("Turkey", "cooperated_with", "Islamic State"),
    ),
    # a hostile act keeps "against" as its target
    ("Kenya protested against Somalia.", ("Kenya", "criticized", "Somalia"), None),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_against_names_the_other_side(
    extract: Any,
    text: str,
    kept: tuple[str, str, str],
    removed: tuple[str, str, str] | None,
) -> None:
    """A cooperative act's "against" object is the adversary; a hostile act's is its target."""
    check_kept_removed(extract(text), kept, removed)
