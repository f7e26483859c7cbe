"""Criticism whose actors the parser or the article's wording hid (crit37).

1. "activists say the police act with impunity, a charge the ministry denies": the parser
   makes the reported clause a complement of the verb that disputes the appended charge noun;
   the clause is still the first speaker's (cues.json ``evaluations.disputed``,
   kg/extract/evaluations.py ``_disputed_slip``).
2. "called the case a conspiracy by Uganda": with no one named, the doer the disparaging label
   names after "by" is accused (kg/extract/verdicts.py ``_named``).
3. "The UN rights council has accused the North of using torture": a capitalised "the North"
   or "the South" alone is the half of Korea the article named (kg/data/en/nominals.json
   ``halves``, kg/extract/nominals.py ``_half``); not "the South China Sea", nor with no Korea
   named.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, triples

_KENYA = "Kenya's president rules Kenya. Kenyan police arrested dozens in Nairobi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _KENYA + "Activists say the police, whose power grew after the election, now act"
            " with impunity, a charge the interior ministry denies.",
            ("Activists", "Kenyan police"),
        ),
        ("Raila Odinga called the case a conspiracy by Uganda.", ("Raila Odinga", "Uganda")),
        (
            "North Korea fired a missile on Monday. The UN rights council has accused the North"
            " of using torture in its camps.",
            ("UN rights council", "North Korea"),
        ),
    ],
)
def test_crit37_hidden_actors(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """A clause under an appended disputed charge, a label's doer, the North of Korea."""
    assert expected in pairs(extract(text, published="2015-06-10"), "criticized")


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a disputed charge of one's own is no verdict of the speaker's on another
        (
            _KENYA + "The interior ministry denies the charge.",
            ("Kenyan interior ministry", "criticized", "Kenyan police"),
        ),
        # a label with no wrong in it accuses no one after "by"
        (
            "Raila Odinga called the case a ruling by Uganda.",
            ("Raila Odinga", "criticized", "Uganda"),
        ),
        # "the South" of a sea's name is no Korea
        (
            "South Korea held talks. China claims the South China Sea, Japan said.",
            ("Japan", "criticized", "South Korea"),
        ),
    ],
)
def test_crit37_no_misreading(extract: Any, text: str, unexpected: tuple[str, str, str]) -> None:
    """No verdict without a speaker's clause, a wrong, or Korea named."""
    assert unexpected not in triples(extract(text, published="2015-06-10"))
