"""Cooperative acts withheld ("will not accept", "refused to meet", "failed to reach
agreement"): coded as their refusal (CAMEO 12, PLOVER REJECT) by ``refusal_cameo``, as a
planned one is coded as an intent (CAMEO 03); the act that happened keeps its own type."""

from __future__ import annotations

from typing import Any

import pytest

from kg.io.plover import plover_records
from kg.vocab import refusal_cameo


@pytest.mark.parametrize(
    ("cameo", "refusal"),
    [
        ("040", "125"),
        ("046", "125"),
        ("045", "126"),
        ("051", "120"),
        ("0571", "127"),
        ("061", "1211"),
        ("073", "1223"),
        ("0841", "1243"),
        ("0874", "1246"),
        ("173", None),
        ("190", None),
        (None, None),
    ],
)
def test_refusals_codes(cameo: str | None, refusal: str | None) -> None:
    """Each cooperative CAMEO code has a CAMEO 12 refusal counterpart; conflict codes none."""
    assert refusal_cameo(cameo) == refusal


WITHHELD = [
    ("Hungary says it will not accept any more refugees from Serbia.", "supported"),
    ("Poland refused to meet the Belarusian delegation.", "met"),
    ("Armenia and Azerbaijan failed to reach agreement on the corridor.", "agreed_with"),
    ("The Malian government will not negotiate with the Tuareg rebels.", "negotiated_with"),
    ("Canada declined to give aid to Venezuela.", "supported"),
    ("Morocco vowed not to release the Polisario prisoners.", "conceded_to"),
    ("Ethiopia has vowed not to withdraw its troops from Somalia.", "withdrew_from"),
]


@pytest.mark.parametrize(("sentence", "predicate"), WITHHELD)
def test_refusals_withheld_act_is_reject(extract: Any, sentence: str, predicate: str) -> None:
    """A denied cooperative claim keeps its predicate and status and is coded REJECT."""
    found = [r for r in extract(sentence).claims if r.predicate.value == predicate]
    assert found, sentence
    assert {(r.qualifiers.status.value, r.qualifiers.event.value) for r in found} == {
        ("denied", "REJECT")
    }
    assert all(r.qualifiers.cameo.startswith("12") for r in found)


@pytest.mark.parametrize(
    ("sentence", "event"),
    [
        ("Hungary accepted thousands of refugees from Serbia.", "AID"),
        ("Poland met the Belarusian delegation.", "CONSULT"),
        ("Armenia and Azerbaijan reached agreement on the corridor.", "AGREE"),
    ],
)
def test_refusals_act_done_keeps_its_type(extract: Any, sentence: str, event: str) -> None:
    """The same act reported as done is no refusal."""
    events = {r.qualifiers.event.value for r in extract(sentence).claims if r.qualifiers.event}
    assert event in events
    assert "REJECT" not in events


@pytest.mark.parametrize(
    "sentence",
    [
        "Qatar denied arming the Islamist militias in Libya.",
        "The Kremlin denied reports that Lukashenko met Tokayev in Minsk.",
        "Oman has yet to visit Yemen.",
        "Peru did not attend the talks with Bolivia.",
    ],
)
def test_refusals_denial_is_no_refusal(extract: Any, sentence: str) -> None:
    """A denial of what was told, or an act not done, keeps its type (negated), no REJECT."""
    found = [r for r in extract(sentence).claims if r.qualifiers.status.value == "denied"]
    assert found, sentence
    assert "REJECT" not in {r.qualifiers.event.value for r in found if r.qualifiers.event}


def test_refusals_plover_record_has_no_negation(extract: Any) -> None:
    """The refusal is the event itself: its PLOVER record is REJECT with no negation context."""
    graph = extract("Poland refused to meet the Belarusian delegation.")
    records = [r for r in plover_records(graph) if r["kgPredicate"] == "met"]
    assert records
    assert {(r["event"], r.get("context")) for r in records} == {("REJECT", None)}
