"""Disputed elections (probeE67): results rejected, disputed or challenged are the election's
(``contests.acts`` and ``contests.challenging`` of ``kg/data/en/cues.json``, read by
``kg/extract/measures.py``), and a reported clause that an actor rigged or falsified a vote,
or embezzled, accuses that actor (``evaluations.wrong_verbs``). Sentences of our own, with
the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

RESULTS_KEPT = [
    # the results "of" the election, or the election in front of them
    (
        "Zimbabwe's opposition Movement for Democratic Change rejected the results of the "
        "presidential election on Friday.",
        ("Movement for Democratic Change", "criticized", "presidential election"),
    ),
    (
        "Peru's Keiko Fujimori disputed the election results on Monday.",
        ("Keiko Fujimori", "criticized", "election"),
    ),
    (
        "Nelson Chamisa challenged the presidential election result in the Constitutional Court.",
        ("Nelson Chamisa", "criticized", "presidential election"),
    ),
    # welcomed: backed
    (
        "The Malawi Congress Party welcomed the results of the parliamentary election.",
        ("Malawi Congress Party", "supported", "parliamentary election"),
    ),
]

RESULTS_REMOVED = [
    # results announced or published: no stance on the election
    (
        "The Malawi Congress Party announced the election results on Monday.",
        ("Malawi Congress Party", "criticized", "election"),
    ),
    (
        "The Malawi Congress Party announced the election results on Monday.",
        ("Malawi Congress Party", "supported", "election"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(RESULTS_KEPT, RESULTS_REMOVED)
)
def test_election_results_disputed(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Rejecting, disputing or challenging an election's results criticises the election
    (an Event of the article); announcing them takes no stance."""
    check_kept_removed(extract(text), kept, removed)


FRAUD_KEPT = [
    (
        "Nelson Chamisa said President Emmerson Mnangagwa had rigged the election.",
        ("Nelson Chamisa", "criticized", "Emmerson Mnangagwa"),
    ),
    (
        "Nelson Chamisa said the Zimbabwean army had rigged the vote.",
        ("Nelson Chamisa", "criticized", "Zimbabwean army"),
    ),
    (
        "The Malawi Congress Party said President Peter Mutharika had falsified the results.",
        ("Malawi Congress Party", "criticized", "Peter Mutharika"),
    ),
    (
        "Transparency International said former president Jacob Zuma had embezzled public funds.",
        ("Transparency International", "criticized", "Jacob Zuma"),
    ),
]

FRAUD_REMOVED = [
    # a rigging denied by the one said to rig: no accusation
    (
        "Nelson Chamisa said President Emmerson Mnangagwa had not rigged the election.",
        ("Nelson Chamisa", "criticized", "Emmerson Mnangagwa"),
    ),
    # "rigged X with explosives" sets a trap: no fraud (``evaluations.instrument_senses``)
    (
        "Colonel Ahmed Karim told reporters that al-Shabab had rigged the bridge with explosives.",
        ("Ahmed Karim", "criticized", "al-Shabab"),
    ),
    (
        "General Ahmed Karim said the Houthis had rigged the airport with mines.",
        ("Ahmed Karim", "criticized", "Houthis"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(FRAUD_KEPT, FRAUD_REMOVED))
def test_said_rigging_accuses(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A reported clause that an actor rigged or falsified a vote or embezzled funds
    criticises that actor; one that says it did not, or that it rigged a place with
    explosives, makes no claim."""
    check_kept_removed(extract(text), kept, removed)
