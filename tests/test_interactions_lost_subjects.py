"""A finite verb the parser hangs on the main clause, past a participle it took for the
clause's verb ("after rebels holding hostages attacked X"), is the participle's noun's act,
not the main clause subject's. Actors other than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed

CASES = [
    (
        "Uganda is in talks with Kenya after rebels holding hostages attacked Tanzania.",
        ("rebels", "attacked", "Tanzania"),
        ("Uganda", "attacked", "Tanzania"),
    ),
    (
        "Uganda condemned Kenya after Somali militants holding hostages attacked Tanzania.",
        ("Uganda", "criticized", "Kenya"),
        ("Uganda", "attacked", "Tanzania"),
    ),
    # a subjectless gerund or a second verb is still the main subject's
    (
        "Uganda met Kenya after attacking Tanzania.",
        ("Uganda", "attacked", "Tanzania"),
        None,
    ),
    (
        "Kenya attacked Somalia, killed 20 fighters.",
        ("Kenya", "attacked", "fighters"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CASES)
def test_interactions_lost_subject_is_the_participles_noun(
    extract: Any, text: str, kept: Triple, removed: Triple | None
) -> None:
    """The verb after "N holding ..." is N's act; the main clause keeps its own."""
    check_kept_removed(extract(text), kept, removed)
