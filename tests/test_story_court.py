"""A judge sits on the court the story names (fp32).

A bare "Judge X" in an article about one country is that country's member (coref21), unless
the article has named one court of that country before: then the judge is member_of that
court, as the annotated news gives a judge the court the story names. Sentences of our own
about other actors than the article the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

_CHILE = (
    "Chile faces a pension crisis.\n\n"
    "Protesters marched in Santiago, the Chilean capital, on Monday. {} "
    "Chile has been calm for years."
)
_MOLDOVA = (
    "Protests spread across Moldova on Sunday.\n\n"
    "Thousands marched in Chisinau, the Moldovan capital, demanding new elections. {} "
    "Moldova has been in crisis since a bank fraud."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _CHILE.format(
                "A Chilean court has acquitted three soldiers of the killing. The evidence "
                "was too weak, said Judge Maria Fuentes."
            ),
            ("Maria Fuentes", "Chilean court"),
        ),
        (
            _MOLDOVA.format(
                "A Moldovan court jailed two bankers on Friday. Judge Vasile Ciobanu said the "
                "fraud had ruined thousands."
            ),
            ("Vasile Ciobanu", "Moldovan court"),
        ),
    ],
)
def test_story_court_judge_sits_on_it(extract: Any, text: str, expected: tuple[str, str]) -> None:
    """ "A Chilean court ... said Judge X": the judge is a member of that court."""
    graph = extract(text, published="2015-06-10")
    found = pairs(graph, "member_of")
    assert expected in found, found
    country = "Chile" if "Chile" in text else "Moldova"
    assert (expected[0], country) not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no court named: the country's judge, as before
        (
            _MOLDOVA.format("Judge Vasile Ciobanu ordered the release of two activists."),
            ("Vasile Ciobanu", "Moldova"),
        ),
        # a lawmaker sits on no court
        (
            _CHILE.format(
                "A Chilean court has acquitted three soldiers. Lawmaker Rosa Benitez said the "
                "verdict was a disgrace."
            ),
            ("Rosa Benitez", "Chile"),
        ),
    ],
)
def test_story_court_otherwise_the_country(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """No court named, or a title of no court: the member of the article's country."""
    assert expected in pairs(extract(text, published="2015-06-10"), "member_of")
