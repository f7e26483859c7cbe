"""Role relations told by more constructions (role37). Sentences of our own, about other
actors than the articles the rules were learned from.

1. A party's name in brackets after a politician's name, or after the lower-case office set
   beside it, is the party the politician is a member of ("Avigdor Lieberman, foreign
   minister (Yisrael Beiteinu)"; ``_bracketed_party`` in kg/extract/party_titles.py): with
   no office between, only a party by name or sector ("Jeremy Corbyn (Labour Party)"), not
   an agency's credit ("Hossam Ahmed (AFP)"), a country, or a second name.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

BRACKETS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Israel's new cabinet was sworn in on Monday.\n\n"
        "2) Avigdor Lieberman, foreign minister (Yisrael Beiteinu)\n\n"
        "Lieberman said the cabinet would meet on Tuesday.",
        ("Avigdor Lieberman", "member_of", "Yisrael Beiteinu"),
        None,
    ),
    (
        "Madrid's new council was sworn in on Monday.\n\n"
        "Pablo Iglesias, deputy mayor (Podemos)\n\n"
        "Iglesias said the council would meet on Tuesday.",
        ("Pablo Iglesias", "member_of", "Podemos"),
        None,
    ),
    (
        "The motion was backed by Jeremy Corbyn (Labour Party) on Tuesday.",
        ("Jeremy Corbyn", "member_of", "Labour Party"),
        None,
    ),
    (
        "The photographer Hossam Ahmed (AFP) was detained in Cairo on Monday.",
        None,
        ("Hossam Ahmed", "member_of", "AFP"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), BRACKETS)
def test_party_in_brackets_after_a_name_is_the_persons_party(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "X, interior minister (Party)": X is a member of the party; not an agency's credit."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


COALITIONS: list[tuple[str, Triple | None, Triple | None]] = [
    (
        "Al-Shabab was driven out of the port by a regional coalition of troops from Kenya, "
        "Uganda and Burundi.",
        ("Uganda", "member_of", "regional coalition"),
        None,
    ),
    (
        "The offensives on al-Shabab strongholds by a regional coalition of troops from Kenya, "
        "Uganda, Ethiopia and Burundi ended in May.",
        ("Kenya", "member_of", "regional coalition"),
        ("Kenyan troops", "member_of", "regional coalition"),
    ),
    (
        "The rebels were pushed back by a coalition of Chad, Niger and Cameroon in March.",
        ("Niger", "member_of", "coalition"),
        None,
    ),
    (
        "Polls put Labour at 30 percent and the Free Democrats, who are junior members in a "
        "governing coalition with the Social Democrats, at 9 percent.",
        ("Free Democrats", "member_of", "governing coalition"),
        None,
    ),
    (
        "Polls put Labour at 30 percent and the Free Democrats, who are junior members in a "
        "governing coalition with the Social Democrats, at 9 percent.",
        ("Social Democrats", "member_of", "governing coalition"),
        None,
    ),
    (
        "The Social Democrats formed a coalition with the Free Democrats in 2009.",
        None,
        ("Free Democrats", "member_of", "coalition"),
    ),
    (
        "Polls put Labour at 30 percent and the Free Democrats, who are junior members in a "
        "governing coalition with the Social Democrats, at 9 percent.",
        None,
        ("governing coalition", "supported", "Social Democrats"),
    ),
    (
        "Kenya said on Monday it would send more troops to fight al-Shabab in the coalition.",
        None,
        ("Kenya", "member_of", "coalition"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), COALITIONS)
def test_coalition_members_named_in_its_phrase(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "a regional coalition of troops from X, Y and Z": each is a member of the coalition."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)
