"""Lists of people with their titles: each title goes to the name it follows (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# "A, title and B, title": the parser hangs the second title on A
LISTED = [
    (
        "It sidelined figures such as Mahmoud Ezzat, Badie's deputy and Mahmoud Hussein, the"
        " former secretary-general of the Muslim Brotherhood.",
        ("Mahmoud Hussein", "leader_of", "Muslim Brotherhood"),
        ("Mahmoud Ezzat", "leader_of", "Muslim Brotherhood"),
    ),
    (
        "The delegation included Ahmed Said, a lawyer and Omar Farah, the head of the African"
        " Union.",
        ("Omar Farah", "leader_of", "African Union"),
        ("Ahmed Said", "leader_of", "African Union"),
    ),
    (
        "Present were Ali Hassan, Abbas's adviser and Musa Karim, the chairman of Fatah.",
        ("Musa Karim", "leader_of", "Fatah"),
        ("Ali Hassan", "leader_of", "Fatah"),
    ),
]

# one apposition, or a list the parser reads right, keeps its titles
KEPT = [
    (
        "Nabil Fahmy, the foreign minister of Egypt, met Sameh Shoukry.",
        ("Nabil Fahmy", "member_of", "Egypt"),
    ),
    (
        "The talks were attended by Ali Hassan, a senior Hamas official, and Musa Karim, the"
        " leader of Fatah.",
        ("Ali Hassan", "member_of", "Hamas"),
    ),
    (
        "Present were Ali Hassan, Abbas's adviser and Musa Karim, the chairman of Fatah.",
        ("Ali Hassan", "adviser_to", "Mahmoud Abbas"),
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), LISTED)
def test_roles_listed_title_goes_to_the_name_before_it(
    extract: Any, text: str, right: Any, wrong: Any
) -> None:
    """In "A, title and B, title", the second title is B's, not A's."""
    found = triples(extract(text))
    assert right in found, found
    assert wrong not in found, found


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_roles_apposed_title_kept(extract: Any, text: str, expected: Any) -> None:
    """A name's own apposition still gives its role."""
    found = triples(extract(text))
    assert expected in found, found


# a leader's deputy is a member of what the leader leads, not the leader's adviser
DEPUTIES = [
    (
        "Kenyan President William Ruto met Rigathi Gachagua, Ruto's deputy.",
        ("Rigathi Gachagua", "member_of", "Kenya"),
        ("Rigathi Gachagua", "adviser_to", "William Ruto"),
    ),
    (
        "Sudanese President Omar al-Bashir spoke. Ali Osman Taha, Bashir's deputy, met the envoy.",
        ("Ali Osman Taha", "member_of", "Sudan"),
        ("Ali Osman Taha", "adviser_to", "Omar al-Bashir"),
    ),
]


@pytest.mark.parametrize(("text", "right", "wrong"), DEPUTIES)
def test_roles_deputy_of_leader_is_member(extract: Any, text: str, right: Any, wrong: Any) -> None:
    """ "X, Ruto's deputy" is a member of Kenya, not Ruto's adviser."""
    found = triples(extract(text))
    assert right in found, found
    assert wrong not in found, found


def test_roles_adviser_of_leader_kept(extract: Any) -> None:
    """ "X, Bashir's adviser" stays Bashir's adviser."""
    found = triples(extract("Ahmed Hassan, Omar al-Bashir's adviser, met the envoy."))
    assert ("Ahmed Hassan", "adviser_to", "Omar al-Bashir") in found, found
