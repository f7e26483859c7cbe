"""Requests, calls, demands and advice turned down (prec61; ``proposal_nouns`` in
kg/data/en/cues.json, kg/extract/interactions.py ``fought_proposal``): what a request that
the subject rejects, declines or disagrees with would do is nobody's act, however the parser
hangs its "to" clause (on the noun, as a relative clause, or on the rejecting verb), and the
rejection is aimed at the one who asked, not at the one the request would act on."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the rejection criticises the one who asked
    (
        "Hungary rejected the EU's demand to accept refugees.",
        ("Hungary", "criticized", "European Union"),
    ),
    (
        "Pakistan declined a Saudi request to attack the Houthis.",
        ("Pakistan", "criticized", "Saudi Arabia"),
    ),
    (
        "The Spanish government disagreed with British advice to shun Egyptian resorts.",
        ("Spanish government", "criticized", "United Kingdom"),
    ),
    # a proposal backed is no proposal fought
    (
        "Russia backed a French proposal to impose sanctions on Iran.",
        ("Russia", "supported", "France"),
    ),
]

REMOVED = [
    # the act the request would bring about is not the rejecter's, nor aimed at by it
    ("Hungary rejected the EU's demand to accept refugees.", ("Hungary", "criticized", "refugees")),
    (
        "Pakistan declined a Saudi request to attack the Houthis.",
        ("Pakistan", "criticized", "Houthis"),
    ),
    (
        "The Spanish government disagreed with British advice to shun Egyptian resorts.",
        ("Spanish government", "sanctioned", "Egypt"),
    ),
    (
        "Brussels disagreed with Polish advice to consumers to boycott Russian apples.",
        ("European Union", "sanctioned", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_fought_requests(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """A request turned down is nobody's act; turning it down criticises who asked."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
