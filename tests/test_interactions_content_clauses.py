"""A clause with a subject of its own under a noun tells what the noun says ("rejected claims
that it had armed X"): whom that clause acts on is not whom the noun is aimed at."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses

CASES = [
    # the rejection is no criticism of whom the rejected claim names; the claimed act is denied
    (
        "Sudan rejected claims that it had armed the Seleka rebels.",
        ("Sudan", "supported", "Seleka rebels"),
        ("Sudan", "criticized", "Seleka rebels"),
    ),
    (
        "Eritrea denied accusations that it was arming al-Shabab.",
        ("Eritrea", "supported", "al-Shabab"),
        ("Eritrea", "criticized", "al-Shabab"),
    ),
    (
        "Uganda has dismissed allegations that it supports the M23 rebels.",
        ("Uganda", "supported", "M23"),
        ("Uganda", "criticized", "M23"),
    ),
    # without "that": a clause with its own subject is the report's content all the same
    (
        "Qatar denied reports it was funding the Nusra Front.",
        ("Qatar", "supported", "Nusra Front"),
        ("Qatar", "criticized", "Nusra Front"),
    ),
]


@pytest.mark.parametrize(("text", "denied", "removed"), CASES)
def test_interactions_content_clause_names_no_target(
    extract: Any, text: str, denied: tuple[str, str, str], removed: tuple[str, str, str]
) -> None:
    """ "X rejected claims that it had armed Y": X's arming of Y is denied, X does not
    criticise Y."""
    graph = extract(text)
    assert statuses(graph, denied) == {"denied"}
    assert statuses(graph, removed) == set()


def test_interactions_participle_still_names_target(extract: Any) -> None:
    """A participle with no subject of its own ("sanctions targeting Russia") still names
    whom the noun is aimed at."""
    graph = extract("The European Union imposed new sanctions targeting Russia.")
    assert statuses(graph, ("European Union", "sanctioned", "Russia")) == {"occurred"}


def test_interactions_rejected_claim_owner_still_criticized(extract: Any) -> None:
    """The owner of a rejected claim is still the one rejected ("denied claims by X")."""
    graph = extract(
        "The Pentagon has denied claims by Afghanistan's government that a US drone hit a "
        "wedding party."
    )
    assert statuses(graph, ("United States", "criticized", "Afghanistan's government")) == {
        "occurred"
    }
