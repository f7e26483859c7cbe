"""An event noun given as a cause or a circumstance ("because of X's support", "amid fighting")
took place, whatever the mood of the clause it explains (kg/extract/qualifiers.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between


def _statuses(graph: Any, a: str, predicate: str, b: str) -> set[str]:
    """The statuses of the claims of one predicate from ``a`` to ``b``."""
    return {r.qualifiers.status.value for r in claims_between(graph, a, predicate, b)}


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        # a cause on a noun of the clause, under a clause of expectation
        (
            "Ministers are expected to discuss the border, with tensions high because of "
            "Pakistan's support for Taliban fighters.",
            ("Pakistan", "supported", "Taliban"),
            "occurred",
        ),
        # a cause under a modal clause
        (
            "Talks may collapse because of Turkey's attacks on Kurdish fighters.",
            ("Turkey", "attacked", "Kurdish fighters"),
            "occurred",
        ),
        # a circumstance under a clause of expectation
        (
            "Leaders are expected to meet on Friday amid anger over Russia's support for "
            "separatists in Ukraine.",
            ("Russia", "supported", "separatists"),
            "occurred",
        ),
        # close case: the clause's own event keeps the clause's mood
        (
            "Turkey may attack Kurdish fighters because of the bombing.",
            ("Turkey", "attacked", "Kurdish fighters"),
            "hypothetical",
        ),
    ],
)
def test_qualifiers_causes_took_place(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A cause or circumstance took place; the clause it explains keeps its own mood."""
    assert _statuses(extract(text), *triple) == {status}
