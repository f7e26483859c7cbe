"""Who obtains an act done to another ("secured his release", "won the release of the
hostages") did not do it; the one who did still does. Actors other than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

CASES = [
    (
        "Lawyers said the Kenyan government secured Ahmed Ali's release from Ugandan custody.",
        None,
        ("Kenyan government", "conceded_to", "Ahmed Ali"),
    ),
    (
        "Qatar won the release of the Fijian peacekeepers.",
        None,
        ("Qatar", "conceded_to", "Fijian peacekeepers"),
    ),
    (
        "The Canadian government has secured Omar Hassan's deportation back home to Canada.",
        None,
        ("Canadian government", "sanctioned", "Omar Hassan"),
    ),
    ("Uganda released Ahmed Ali.", ("Uganda", "conceded_to", "Ahmed Ali"), None),
    ("Kenya announced Ahmed Ali's release.", ("Kenya", "conceded_to", "Ahmed Ali"), None),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_procured_act_is_not_the_procurers(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """The one who secures or wins another's release or deportation did not carry it out."""
    check_kept_removed(extract(text), kept, removed)
