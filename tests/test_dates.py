"""Date resolution against the published date."""

from __future__ import annotations

import pytest

from kg.extract.dates import resolve_date


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [
        ("on Wednesday", False, "2025-08-06"),
        ("Wednesday’s", False, "2025-08-06"),
        ("on Wednesday", True, "2025-08-13"),
        ("yesterday", False, "2025-08-07"),
        ("today", False, "2025-08-08"),
        ("in 2019", False, "2019"),
        ("last month", False, "2025-07"),
        ("in January", False, "2025-01"),
        ("in October", False, "2024-10"),
        ("June 16, 2021", False, "2021-06-16"),
        ("16 June 2021", False, "2021-06-16"),
        ("last year", False, "2024"),
        ("next week", True, None),
        ("Monday night", False, "2025-08-04"),
        ("late Wednesday", False, "2025-08-06"),
        ("10 days ago", False, "2025-07-29"),
        ("two weeks ago", False, "2025-07"),
        ("three months ago", False, "2025-05"),
        ("a few days ago", False, None),
        ("last week", False, "2025"),
        ("a day last week", False, "2025"),
        ("earlier this year", False, "2025"),
        ("early May", False, "2025-05"),
        ("Earlier on Thursday", False, "2025-08-07"),
        ("later on Sunday", True, "2025-08-10"),
        ("last Thursday night", False, "2025-08-07"),
        ("may", False, None),
        ("recently", False, None),
    ],
)
def test_dates_resolve_against_published(
    expression: str, future: bool, expected: str | None
) -> None:
    """Each expression resolves to the most precise value the text supports, or None."""
    assert resolve_date(expression, "2025-08-08", future) == expected


def test_dates_need_a_published_date_for_relative_expressions() -> None:
    """Without a published date, 'yesterday' is unknown rather than guessed."""
    assert resolve_date("yesterday", None) is None
    assert resolve_date("in 2019", None) == "2019"


def test_dates_last_week_across_two_months_is_the_year() -> None:
    """A last week that spans two months settles only the year."""
    assert resolve_date("last week", "2015-06-03") == "2015-05"
    assert resolve_date("last week", "2015-06-05") == "2015-05"
    assert resolve_date("last week", "2015-06-09") == "2015-06"
    assert resolve_date("last week", "2015-05-06") == "2015"
