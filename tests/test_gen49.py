"""gen49: demands to free people no node names and to end a practice reproach their
addressee (kg/extract/reproaches.py); a naming verdict anywhere in a coordination, and a
dismissal word ("unfounded", "groundless") accuses the owner (kg/extract/verdicts.py).
Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a release of people of a sector, though no node names them
    (
        "The European Parliament urged Azerbaijan to release the jailed journalists.",
        ("European Parliament", "criticized", "Azerbaijan"),
    ),
    (
        "Germany called on Turkey to free the detained students.",
        ("Germany", "criticized", "Turkey"),
    ),
    # ending a practice of the addressee's
    (
        "Amnesty International urged Israel to stop the practice of administrative detention.",
        ("Amnesty International", "criticized", "Israel"),
    ),
    (
        "Amnesty International said the Egyptian police should end the use of solitary "
        "confinement.",
        ("Amnesty International", "criticized", "Egyptian police"),
    ),
    # a dismissal word, alone or in a coordination
    (
        "The Israeli army called Hamas's claims unfounded.",
        ("Israeli army", "criticized", "Hamas"),
    ),
    (
        'The Israeli army called Hamas\'s claims "exaggerated and baseless".',
        ("Israeli army", "criticized", "Hamas"),
    ),
]

REMOVED = [
    # funds are no people; a plight is no practice
    (
        "The IMF urged Greece to release the funds.",
        ("International Monetary Fund", "criticized", "Greece"),
    ),
    (
        "The United Nations urged Syria to end the suffering of civilians.",
        ("United Nations", "criticized", "Syria"),
    ),
    # a coordination of no verdict
    (
        'Pakistan called India\'s proposal "new and detailed".',
        ("Pakistan", "criticized", "India"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_gen49_freed_people_practices_and_dismissals(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """People freed, practices ended and claims dismissed reproach their owner."""
    check_kept_removed(extract(text), kept, removed)
