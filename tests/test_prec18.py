"""Precision on unseen news (prec18). A sanction verb that takes its object "from" or "off" a
list ("excludes X from the violators list", "delisted X from its terrorism blacklist") takes
the side off a list, mostly one of wrongdoers: it spares the side, and no sanction is reported
(kg/extract/interactions.py, _off_a_list; cue ``roster_nouns``). Excluding a side from a body,
its meetings or a register of members stays a sanction. Sentences are about other actors than
the article's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

ROSTER_KEPT = [
    # excluded from a body's meetings or its members: a sanction
    (
        "The African Union excluded Egypt from its meetings after the coup.",
        ("African Union", "sanctioned", "Egypt"),
    ),
    (
        "The Commonwealth excluded Zimbabwe from the register of members in 2002.",
        ("Commonwealth", "sanctioned", "Zimbabwe"),
    ),
]

ROSTER_REMOVED = [
    (
        "The Arab League excluded Qatar from its list of terror sponsors on Tuesday.",
        ("Arab League", "sanctioned", "Qatar"),
    ),
    (
        "African Union excludes Sudan from war crimes suspects list",
        ("African Union", "sanctioned", "Sudan"),
    ),
    (
        "Washington delisted the Mujahedin-e Khalq from its terrorism blacklist in 2012.",
        ("United States", "sanctioned", "Khalq"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(ROSTER_KEPT, ROSTER_REMOVED)
)
def test_prec18_off_a_list(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "excluded Qatar from its list of terror sponsors" is no sanction; "excluded Egypt from
    its meetings" is."""
    check_kept_removed(extract(text), kept, removed)
