"""A word that only begins like a month is no month ("for decades" is not December)."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve_date

WORDS: list[tuple[str, str | None]] = [
    ("for decades", None),
    ("decades", None),
    ("Dec. 5, 2014", "2014-12-05"),
    ("Sept 11", "2014-09-11"),
    ("Nov 2013", "2013-11"),
    ("in May", "2015-05"),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_dates_month_abbreviation_is_whole_word(text: str, expected: str | None) -> None:
    """Month abbreviations count only as whole words."""
    assert resolve_date(text, "2015-06-08") == expected
