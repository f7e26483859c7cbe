"""A country's adjective on plural people who are no collective of the lexicon ("two Turkish
engineers", "three Chinese engineers") names whose people they are, not the state: arresting
or killing them is no sanction of or attack on the country (``interactions.owners_of``,
``people_nouns.json``). A demonym still owns a state's things ("Syrian positions"), and a
people's collective stays one ("Chinese nationals")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

NOT_THE_STATE = [
    (
        "Police arrested two Turkish engineers at the airport.",
        ("Police", "sanctioned", "Turkey"),
    ),
    (
        "Gunmen killed three Chinese engineers in Pakistan.",
        ("Gunmen", "attacked", "China"),
    ),
]

OWNED = [
    (
        "Israeli jets struck Syrian positions near Damascus.",
        ("Israeli army", "attacked", "Syria"),
    ),
    (
        "Police arrested two Chinese nationals at the airport.",
        ("Police", "sanctioned", "Chinese nationals"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=OWNED, removed=NOT_THE_STATE),
)
def test_demonym_people_are_not_the_state(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A demonym on plural people of no collective names no state as the one hit; on a
    state's things it does, and a people's collective stays the object."""
    check_kept_removed(extract(text, published="2015-05-15"), kept, removed)
