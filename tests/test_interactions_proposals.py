"""A sanction in the "to" clause of a proposal noun ("pushed for a vote to suspend X", "tabled a
motion to expel X") is proposed by whoever owns or puts the proposal, not by one who fights it
("rejected a proposal to suspend X"); a party that agreed to talks with another is to negotiate
with it, not only to meet it (``proposal_nouns`` and ``ongoing_talks`` of
kg/data/en/cues.json). Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, claims_between, triples

# (sentence, claim made, its status)
PROPOSED: list[tuple[str, Triple, str]] = [
    (
        "Morocco pushed for a vote to suspend Algeria from the union.",
        ("Morocco", "sanctioned", "Algeria"),
        "proposed",
    ),
    (
        "Georgia tabled a motion to expel Russia from the assembly.",
        ("Georgia", "sanctioned", "Russia"),
        "proposed",
    ),
    (
        "Senegal submitted a proposal to suspend Gambia from the bloc.",
        ("Senegal", "sanctioned", "Gambia"),
        "proposed",
    ),
    (
        "Armenia agreed to talks with Azerbaijan in Moscow.",
        ("Armenia", "negotiated_with", "Azerbaijan"),
        "planned",
    ),
    (
        "Colombia has agreed to talks in Havana with the FARC rebels.",
        ("Colombia", "negotiated_with", "FARC"),
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "status"), PROPOSED)
def test_proposals_made(extract: Any, sentence: str, claim: Triple, status: str) -> None:
    """The proposal's owner or backer does what its "to" clause says, not yet done; one that
    agreed to talks negotiates."""
    graph = extract(sentence)
    found = claims_between(graph, *claim)
    assert found, sorted(triples(graph))
    assert found[0].qualifiers.status.value == status


# (sentence, claim not made)
NOT_MADE: list[tuple[str, Triple]] = [
    # the subject fights the proposal: it does not propose the sanction
    (
        "Nigeria rejected a proposal to suspend Gambia from the bloc.",
        ("Nigeria", "sanctioned", "Gambia"),
    ),
    # every route: the act of a proposal fought is no one's (the verb's own clause, a
    # statement noun's clause, an event noun under a light verb, a "to" clause the parser hung
    # on the rejecting verb, a participle, "voted against", a passive)
    (
        "Kenya opposed a resolution to suspend Somalia.",
        ("Kenya", "sanctioned", "Somalia"),
    ),
    (
        "Russia vetoed a resolution to impose sanctions on Syria.",
        ("Russia", "sanctioned", "Syria"),
    ),
    (
        "Russia vetoed the draft resolution to impose sanctions on Syria.",
        ("Russia", "sanctioned", "Syria"),
    ),
    (
        "Egypt voted against a resolution to impose sanctions on Sudan.",
        ("Egypt", "sanctioned", "Sudan"),
    ),
    (
        "China vetoed a resolution condemning North Korea.",
        ("China", "criticized", "North Korea"),
    ),
    (
        "A resolution to suspend Iran was vetoed by Russia.",
        ("Russia", "sanctioned", "Iran"),
    ),
    # ... and the rejection is not aimed at the one the proposal would act on
    (
        "Nigeria rejected a proposal to suspend Gambia from the bloc.",
        ("Nigeria", "criticized", "Gambia"),
    ),
    (
        "Mexico dismissed a proposal to boycott Cuba.",
        ("Mexico", "criticized", "Cuba"),
    ),
    # talks held and meetings agreed to stay meetings
    (
        "Armenia agreed to a meeting with Azerbaijan in Moscow.",
        ("Armenia", "negotiated_with", "Azerbaijan"),
    ),
    (
        "Armenia held talks with Azerbaijan in Moscow.",
        ("Armenia", "negotiated_with", "Azerbaijan"),
    ),
]


# (sentence, claim still made): a clause of its own subject inside the proposal keeps its doer;
# a proposal put or fought by others keeps the fighter's rejection of its owner
KEPT: list[tuple[str, Triple]] = [
    (
        "Qatar opposed a proposal to expel Syria, which attacked Turkey.",
        ("Syria", "attacked", "Turkey"),
    ),
    (
        "Russia blocked a French resolution to impose sanctions on Syria.",
        ("Russia", "criticized", "France"),
    ),
]


@pytest.mark.parametrize(("sentence", "claim"), KEPT)
def test_fought_proposal_keeps_others(extract: Any, sentence: str, claim: Triple) -> None:
    """Only the act the fought proposal would do goes; claims beside it stay."""
    assert claim in triples(extract(sentence))


@pytest.mark.parametrize(("sentence", "claim"), NOT_MADE)
def test_proposals_not_made(extract: Any, sentence: str, claim: Triple) -> None:
    """No sanction by the one who rejects the proposal; no negotiation read into a meeting."""
    assert claim not in triples(extract(sentence))
