"""Places taken back from a side ("to retake Ramadi from ISIL"): that side took them before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The army launched an offensive aimed at retaking the town of Kunduz from the Taliban.",
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            "Government troops are massing to recapture Maiduguri from Boko Haram.",
            ("Boko Haram", "attacked", "Maiduguri"),
        ),
        (
            "Somali forces regained control of the port town of Kismayo from al-Shabab on Friday.",
            ("al-Shabab", "attacked", "Kismayo"),
        ),
    ],
)
def test_retaken_place_was_taken_by_its_holder(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The side a place is taken back from attacked the place (occurred, even when the
    retaking is only planned)."""
    graph = extract(text)
    assert expected in triples(graph)
    held = [
        r
        for r in graph.claims
        if graph.entities[r.subject].label == expected[0]
        and r.object is not None
        and graph.entities[r.object].label == expected[2]
    ]
    assert all(r.qualifiers.status.value == "occurred" and r.qualifiers.date is None for r in held)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a bare "the fighters" names no side
        ("Government forces retook Sirte from the fighters two months ago.", "fighters"),
        # no place retaken: a seat or a title is no town
        ("The party hopes to regain its majority from the Conservatives.", "Conservatives"),
    ],
)
def test_retaken_from_no_side_or_no_place(extract: Any, text: str, holder: str) -> None:
    """Nothing is read without a named fighting side and a named place taken back."""
    assert not any(s == holder and p == "attacked" for s, p, _ in triples(extract(text)))
