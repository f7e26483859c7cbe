"""A legislature's speaker leads it: "parliament speaker X", "X, the speaker of Y's
parliament" (``speaker`` among the leader titles of kg/data/en/titles.json); a speaker at a
rally or a keynote speaker holds no office. Sentences of our own about other people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

LEGISLATURE = "Ghana's parliament voted on the budget on Monday. {}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEGISLATURE.format("Parliament speaker Kwame Mensah said the vote was valid."),
            ("Kwame Mensah", "Ghana's parliament"),
        ),
        (
            "Kwame Mensah, the speaker of Ghana's parliament, said the vote was valid.",
            ("Kwame Mensah", "Ghana's parliament"),
        ),
    ],
)
def test_roles_speakers_lead_their_legislature(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A legislature's speaker is its leader."""
    assert expected in pairs(extract(text, published="2015-05-20"), "leader_of")


@pytest.mark.parametrize(
    "text",
    [
        "A keynote speaker, Kwame Mensah, told the rally in Ghana that Ghana must change.",
        "Kwame Mensah, a speaker at the rally, said Ghana must change.",
        "The speaker, Kwame Mensah, told the crowd that Ghana must change.",
    ],
)
def test_roles_speakers_at_events_lead_nothing(extract: Any, text: str) -> None:
    """One who speaks at a rally leads no body and no country."""
    assert not pairs(extract(text, published="2015-05-20"), "leader_of")
