"""Role owners of a body's title, in an article about one country: a deputy's spokesman
title speaks for the body ("Government deputy spokesman X"), not a member of it; an opposition
leader leads the country's opposition the article names ("Opposition Leader X")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

GHANA = (
    "Ghana protest turns violent\n\nProtests in Ghana against the Ghanaian government turned"
    " violent on Monday. Ghana's opposition says the vote was rigged. Government deputy"
    " spokesman Kofi Mensah said the police had acted lawfully."
)
SENEGAL = (
    "Senegal protest turns violent\n\nProtests in Senegal turned violent on Monday. Senegal's"
    " opposition says the vote was rigged. The government denied it. Government spokeswoman"
    " Awa Diop said the police had acted lawfully."
)
GHANA_UNNAMED = (
    "Ghana protest turns violent\n\nProtests in Ghana turned violent on Monday. Ghana's"
    " opposition says the vote was rigged. Government deputy spokesman Kofi Mensah said the"
    " police had acted lawfully."
)
SPOKESPEOPLE = [
    (GHANA, ("Kofi Mensah", "spokesperson_for", "Ghanaian government")),
    # the government not named: he speaks for the state, as a ministry's spokesman does
    (GHANA_UNNAMED, ("Kofi Mensah", "spokesperson_for", "Ghana")),
    (SENEGAL, ("Awa Diop", "spokesperson_for", "Senegalese government")),
]
NOT_MEMBERS = [
    (GHANA, ("Kofi Mensah", "member_of", "Ghanaian government")),
    (GHANA_UNNAMED, ("Kofi Mensah", "member_of", "Ghana")),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=SPOKESPEOPLE, removed=NOT_MEMBERS)
)
def test_role_owners_deputies_deputy_spokesman_speaks_for_the_body(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "Government deputy spokesman X" speaks for the country's government the article
    names; "deputy" does not make him a mere member."""
    check_kept_removed(extract(text, published="2015-05-01"), kept, removed)


MALI = (
    "Mali vote disputed\n\nProtests in Mali turned violent on Monday. Mali's opposition says"
    " the vote was rigged. {} Amadou Diallo called for more protests."
)
# the opposition is shown as the article writes it ("Mali's opposition"; act42)
SIDE_LEADERS = [
    (MALI.format("Opposition Leader"), ("Amadou Diallo", "leader_of", "Mali's opposition")),
    (
        MALI.format("Another opposition leader"),
        ("Amadou Diallo", "leader_of", "Mali's opposition"),
    ),
    (
        "The wife of jailed Malaysian opposition leader Anwar Ibrahim has won his seat."
        " Malaysia's opposition hailed the result.",
        ("Anwar Ibrahim", "leader_of", "Malaysia's opposition"),
    ),
]
NOT_SIDE_LEADERS = [
    # no opposition named in the article: the title is only a citizen's of the country
    (
        "The wife of jailed Malaysian opposition leader Anwar Ibrahim has won his seat.",
        ("Anwar Ibrahim", "leader_of", "Malaysian opposition"),
    ),
    (MALI.format("Opposition Leader"), ("Amadou Diallo", "member_of", "Mali")),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=SIDE_LEADERS, removed=NOT_SIDE_LEADERS)
)
def test_role_owners_deputies_opposition_leader_leads_the_named_opposition(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "Opposition Leader X", "Malaysian opposition leader X" lead the country's opposition
    when the article names it; otherwise no opposition node is made up."""
    check_kept_removed(extract(text, published="2015-05-01"), kept, removed)
