"""Precision on unseen news (prec19): one refusal, one claim. "X refused to V Y" (or
"declined to", "rejected"-ing) when V is an act of its own is coded once: the act refused,
denied ("refused to recognise Kosovo": supported, denied), not also as a rejection of Y
(criticized, CAMEO 12) by the refusal verb (kg/extract/interactions.py, _slot_objects) or by
the intents stage's REJECT (kg/extract/intents.py). People in need turned away ("refused to
allow the refugees to enter") are help refused (supported, denied), not also a permission
refused (conceded_to, denied) (kg/extract/interactions.py, _refused_help). A rejection with no
act of its own ("rejected the proposal by X", "rejects any more migrants") keeps its claim.
Sentences are about other actors than the articles'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, claims_between, kept_removed_cases

KEPT = [
    # the act refused: its own claim, denied
    ("Spain has refused to recognise Kosovo.", ("Spain", "supported", "Kosovo")),
    (
        "The Houthis have refused to negotiate with the Yemeni government.",
        ("Houthis", "negotiated_with", "Yemeni government"),
    ),
    (
        "The rebels declined to meet the Sudanese government.",
        ("Sudanese government", "met", "rebels"),
    ),
    ("Kenya refused to hand over the suspects to Somalia.", ("Kenya", "conceded_to", "Somalia")),
    (
        "Bangladesh and India have also refused to allow the migrants - most of whom are ethnic"
        " Rohingya Muslims fleeing persecution in Myanmar - to enter their waters.",
        ("India", "supported", "migrants"),
    ),
    # a rejection with no act of its own under it stays a rejection ("deploy" is the light
    # verb of "troops": no event of its own)
    ("Jordan has refused to deploy ground troops in Syria.", ("Jordan", "criticized", "Syria")),
    ("Hamas rejected the proposal by Egypt.", ("Hamas", "criticized", "Egypt")),
    ("Pakistan rejected India's accusations on Monday.", ("Pakistan", "criticized", "India")),
]

REMOVED = [
    ("Greece has refused to recognise Macedonia.", ("Greece", "criticized", "Macedonia")),
    (
        "The Houthis have refused to negotiate with the Yemeni government.",
        ("Houthis", "criticized", "Yemeni government"),
    ),
    (
        "The rebels declined to meet the Sudanese government.",
        ("rebels", "criticized", "Sudanese government"),
    ),
    ("Kenya refused to hand over the suspects to Somalia.", ("Kenya", "criticized", "Somalia")),
    (
        "Morocco refused to lift its blockade of Western Sahara.",
        ("Morocco", "criticized", "Western Sahara"),
    ),
    ("Belarus refused to allow OSCE observers into Minsk.", ("Belarus", "criticized", "OSCE")),
    (
        "Bangladesh and India have also refused to allow the migrants - most of whom are ethnic"
        " Rohingya Muslims fleeing persecution in Myanmar - to enter their waters.",
        ("Bangladesh", "conceded_to", "migrants"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_prec19_one_refusal_one_claim(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """ "refused to recognise X" is X supported, denied, and no rejection of X besides."""
    check_kept_removed(extract(text), kept, removed)


DENIED = [
    ("Greece has refused to recognise Macedonia.", ("Greece", "supported", "Macedonia")),
    (
        "Morocco refused to lift its blockade of Western Sahara.",
        ("Morocco", "withdrew_from", "Western Sahara"),
    ),
    ("Belarus refused to allow OSCE observers into Minsk.", ("Belarus", "conceded_to", "OSCE")),
]


@pytest.mark.parametrize(("text", "triple"), DENIED)
def test_prec19_refused_act_denied(extract: Any, text: str, triple: Triple) -> None:
    """The one claim left of a refusal is the act refused, denied."""
    found = claims_between(extract(text), *triple)
    assert found, triple
    assert all(c.qualifiers.status.value == "denied" for c in found), found
