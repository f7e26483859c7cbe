"""A side named by a title and its holder ("talks with the UN special envoy to Libya,
Bernardino Leon"): the holder is the side, not also the body the title belongs to, wherever
the parser hung the name (prec12). Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # the holder of the title is met
    (
        "Sergei Lavrov reiterated his position on Sunday during talks in Geneva with the UN "
        "special envoy to Libya, Bernardino Leon.",
        ("Bernardino Leon", "met", "Sergei Lavrov"),
    ),
    (
        "Walid Muallem repeated his demands on Monday during talks in Damascus with the Arab "
        "League special envoy to Syria, Lakhdar Brahimi.",
        ("Lakhdar Brahimi", "met", "Walid Muallem"),
    ),
    # a body met in its own right stays a side, beside a person of another title
    (
        "Sergei Lavrov held talks with Ban Ki-moon and the United Nations Security Council in "
        "New York.",
        ("Sergei Lavrov", "met", "United Nations Security Council"),
    ),
    (
        "Sergei Lavrov held talks with the United Nations and its special envoy in Geneva.",
        ("Sergei Lavrov", "met", "United Nations"),
    ),
]

REMOVED = [
    (
        "Sergei Lavrov reiterated his position on Sunday during talks in Geneva with the UN "
        "special envoy to Libya, Bernardino Leon.",
        ("Sergei Lavrov", "met", "United Nations"),
    ),
    (
        "Walid Muallem repeated his demands on Monday during talks in Damascus with the Arab "
        "League special envoy to Syria, Lakhdar Brahimi.",
        ("Arab League", "met", "Walid Muallem"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_title_holder_not_body(
    extract: Any,
    text: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """The titled person is the side; the body of the title is not one beside them."""
    check_kept_removed(extract(text, published="2015-05-25"), kept, removed)
