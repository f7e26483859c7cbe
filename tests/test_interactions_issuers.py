"""Issuers (kg/extract/interactions.py ``issuers``): a statement, report, letter or unnamed
spokesperson as the subject of a speech or stance verb speaks for its issuer, named after
"from", "by", "of" or "for", or as its owner. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, event_claim, kept_removed_cases

KEPT = [
    (
        "A statement from the Turkish foreign ministry criticised Greece for the arrest.",
        ("Turkish foreign ministry", "criticized", "Greece"),
    ),
    (
        "A letter by Lithuanian Foreign Minister Gabrielius Landsbergis urged Belarus to free "
        "the activists.",
        ("Gabrielius Landsbergis", "requested", "Belarus"),
    ),
    (
        "The Kenyan government's statement condemned Somalia's decision.",
        ("Kenyan government", "criticized", "Somalia"),
    ),
    (
        "A spokesman for the Chilean government criticized Bolivia on Tuesday.",
        ("Chilean government", "criticized", "Bolivia"),
    ),
    (
        "A report by Human Rights Watch accused the Egyptian police of torture.",
        ("Human Rights Watch", "criticized", "Egyptian police"),
    ),
    (
        "A joint statement by Japan and Australia condemned North Korea's missile launch.",
        ("Australia", "criticized", "North Korea"),
    ),
    (
        "The statement of the Arab League called on Israel to halt the raids.",
        ("Arab League", "requested", "Israel"),
    ),
    (
        "A message from Pope Francis praised the Lebanese army.",
        ("Francis", "supported", "Lebanese army"),
    ),
    # a demonym in front of the statement names its country
    ("An Iranian statement criticised Bahrain.", ("Iran", "criticized", "Bahrain")),
    # a demand verb's issuer (kg/extract/demands.py)
    (
        "A statement from the Ethiopian foreign ministry demanded that Eritrea withdraw its "
        "troops.",
        ("Ethiopian foreign ministry", "requested", "Eritrea"),
    ),
    (
        "The Saudi statement said Qatar must end its support for the group.",
        ("Saudi Arabia", "requested", "Qatar"),
    ),
    # ... and for a speech verb whose clause judges an actor
    (
        "A statement from the Ghanaian foreign ministry said Togo's brutality was unacceptable.",
        ("Ghanaian foreign ministry", "criticized", "Togo"),
    ),
    (
        "A spokesman for the Peruvian government said Ecuador had made irresponsible remarks.",
        ("Peruvian government", "criticized", "Ecuador"),
    ),
]
REMOVED = [
    # a verb of neither speech nor stance: no act of the issuer
    (
        "A statement from the Vatican attacked Argentina's new law.",
        ("Vatican", "attacked", "Argentina"),
    ),
    # a named spokesperson speaks for himself
    (
        "Ricardo Salas, a spokesman for the Chilean government, criticized Bolivia.",
        ("Chilean government", "criticized", "Bolivia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_interactions_issuers_speak(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A statement's or unnamed spokesperson's stance is its issuer's; other verbs are not."""
    check_kept_removed(extract(text), kept, removed)


def test_interactions_issuers_claim_dated_and_typed(extract: Any) -> None:
    """ "A statement on Tuesday from X condemned Y": ACCUSE, dated Tuesday."""
    graph = extract(
        "A statement on Tuesday from the Ugandan army condemned Rwanda.", published="2025-08-08"
    )
    claim = event_claim(graph, "Ugandan army", "criticized", "Rwanda", "ACCUSE")
    assert claim.qualifiers.date == "2025-08-05"
