"""Withdrawals from a frontier (kg/extract/interactions.py, frontier_nouns of cues.json intents):
forces pulled back from the border with X retreat from X, as forces massed there face X.
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, object) of the withdrew_from claim)
WITHDRAWALS = [
    ("Laos withdrew its troops from its border with Thailand.", ("Laos", "Thailand")),
    ("India pulled back troops from the border with China.", ("India", "China")),
    ("Kenya withdrew its troops from the coast of Somalia.", ("Kenya", "Somalia")),
]

# (sentence, (subject, object) of a withdrew_from claim that must not be made)
NOT_WITHDRAWALS = [
    # leaving a thing is not leaving its owner
    ("Kenya pulled out of its contract with Somalia.", ("Kenya", "Somalia")),
]


@pytest.mark.parametrize(("sentence", "pair"), WITHDRAWALS)
def test_interactions_withdrawal_from_a_frontier(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Troops withdrawn from the border with X (or its coast) retreat from X (RETREAT)."""
    event_claim(extract(sentence), pair[0], "withdrew_from", pair[1], "RETREAT")


@pytest.mark.parametrize(("sentence", "pair"), NOT_WITHDRAWALS)
def test_interactions_no_withdrawal_from_an_owner(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """Pulling out of a contract with X is no withdrawal from X."""
    assert not claims_between(extract(sentence), pair[0], "withdrew_from", pair[1])
