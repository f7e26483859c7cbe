"""Role owners: a monarch's title with no owner leads the article's country only if it is a
monarchy; a place's camp manager is no adviser (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KENYA = (
    "Kenya held a tense election on Sunday. Voters in Kenya queued for hours. The opposition"
    " in Kenya said the vote was rigged. One columnist compared the regime to the ghosts of"
    " Adolf Hitler, King Leopold and Idi Amin."
)
SOUTH_AFRICA = (
    "South Africa let Omar al-Bashir leave. The government of South Africa ignored its"
    " courts. Bashir's defiant smile must be replicated on the ghosts of Adolf Hitler, Hendrik"
    " Verwoerd, King Leopold, Idi Amin and their ilk."
)
JORDAN = (
    "Jordan passed a new press law on Sunday. Critics in Jordan said the law would silence"
    " journalists. The bill was signed by King Abdullah on Sunday. Jordan's cabinet approved it."
)

NO_KING = [
    (KENYA, ("Leopold", "leader_of", "Kenya")),
    (SOUTH_AFRICA, ("Leopold", "leader_of", "South Africa")),
]
KING = [(JORDAN, ("Abdullah", "leader_of", "Jordan"))]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=KING, removed=NO_KING)
)
def test_role_owners_monarch_only_of_a_monarchy(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "King Leopold" in a piece about Kenya or South Africa leads neither; "King Abdullah"
    in a piece about Jordan leads Jordan."""
    check_kept_removed(extract(text), kept, removed)


CAMP = [
    (
        '"The camp is full," Peter Kamau, Kakuma\'s camp manager, told Al Jazeera.',
        ("Peter Kamau", "member_of", "Kakuma"),
    ),
    (
        "In another recording, the general can be heard speaking to Ahmed Nabil, Mubarak's"
        " office manager.",
        ("Ahmed Nabil", "adviser_to", "Hosni Mubarak"),
    ),
]
NO_ADVISER = [
    (
        '"The camp is full," Peter Kamau, Kakuma\'s camp manager, told Al Jazeera.',
        ("Peter Kamau", "adviser_to", "Kakuma"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(kept=CAMP, removed=NO_ADVISER)
)
def test_roles_place_title_owner_is_no_person(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "Kakuma's camp manager" works at the camp (no adviser to a person named Kakuma);
    "Mubarak's office manager" advises Mubarak."""
    check_kept_removed(extract(text), kept, removed)
