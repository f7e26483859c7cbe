"""Lists of people with their titles: each title goes to the name it follows (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

# (text, right, wrong): "A, title and B, title": the parser hangs the second title on A
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
    # a leader's deputy is a member of what the leader leads, not the leader's adviser
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
    # a leader's adviser stays the leader's adviser
    (
        "Ahmed Hassan, Omar al-Bashir's adviser, met the envoy.",
        ("Ahmed Hassan", "adviser_to", "Omar al-Bashir"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    LISTED + kept_removed_cases(kept=KEPT, removed=[]),
)
def test_roles_title_goes_to_the_name_it_follows(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """In "A, title and B, title" the second title is B's, not A's; a name's own apposition
    keeps its role; "X, Ruto's deputy" is a member of Kenya, not Ruto's adviser."""
    check_kept_removed(extract(text), kept, removed)
