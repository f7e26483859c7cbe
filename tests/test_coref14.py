"""Cross-sentence references of the sixteenth round: "the capital" alone is the one capital
city the article names of the country in question, or a capital named just before
(kg/extract/nominals.py); a seat of government that is no capital by the data, two
capitals, or a capital described ("the provincial capital", "the capital of X") stay
unresolved. Real model; actors other than the articles the rule came from."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, check_kept_removed

CAPITALS: list[Case] = [
    # the country named just before, its capital named in the article
    (
        "Thousands of residents fled Mogadishu as fighting spread across Somalia. "
        "Al-Shabaab fighters later attacked the capital.",
        ("al-Shabab", "attacked", "Mogadishu"),
        None,
    ),
    # a capital named just before, its country only by an adjective
    (
        "Police lifted the curfew on Mogadishu on Monday. "
        "Al-Shabaab fighters later attacked the capital.",
        ("al-Shabab", "attacked", "Mogadishu"),
        None,
    ),
    # two capitals named: either may be meant
    (
        "Kenyan and Ugandan troops left Nairobi and Kampala on Monday. "
        "Al-Shabaab fighters later attacked the capital.",
        None,
        ("al-Shabab", "attacked", "Nairobi"),
    ),
    (
        "Kenyan and Ugandan troops left Nairobi and Kampala on Monday. "
        "Al-Shabaab fighters later attacked the capital.",
        None,
        ("al-Shabab", "attacked", "Kampala"),
    ),
    # a described capital is another city
    (
        "Thousands of residents fled Kabul as fighting spread across Afghanistan. "
        "Taliban fighters later attacked the provincial capital.",
        None,
        ("Taliban", "attacked", "Kabul"),
    ),
    # a seat of the government that the data does not make the capital is not taken for it
    (
        "Thousands of residents fled Aden as fighting spread across Yemen. "
        "Houthi fighters later attacked the capital.",
        None,
        ("Houthis", "attacked", "Aden"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CAPITALS)
def test_coref14_bare_capital(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "the capital" alone is the one capital named of the country in question, or none."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)
