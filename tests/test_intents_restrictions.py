"""Intents (kg/extract/intents.py): a restriction threatened on what goes on in a place
threatens the place; help promised to X is an intent to aid X. Sentences of our own about
actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, object) of the threatened claim, CAMEO code)
PLACE_THREATS = [
    ("Turkey threatened to ban protests in Istanbul.", ("Turkey", "Istanbul"), "137"),
    ("India threatened to ban rallies in Kashmir.", ("India", "Kashmir"), "137"),
    ("Sri Lanka threatened to restrict fishing in Jaffna.", ("Sri Lanka", "Jaffna"), "137"),
]

# (sentence, (subject, object) of a threatened claim that must not be made)
NOT_PLACE_THREATS = [
    # the party banned is the one threatened, not the town it is banned in
    (
        "Turkey threatened to ban the Kurdistan Workers' Party in Diyarbakir.",
        ("Turkey", "Diyarbakir"),
    ),
    # rallies held are no restriction on the town
    ("Turkey threatened to hold rallies in Istanbul.", ("Turkey", "Istanbul")),
]


@pytest.mark.parametrize(("sentence", "pair", "cameo"), PLACE_THREATS)
def test_intents_restriction_threatened_on_a_place(
    extract: Any, sentence: str, pair: tuple[str, str], cameo: str
) -> None:
    """A threat to ban or restrict what goes on in a place threatens the place (THREATEN)."""
    claim = event_claim(extract(sentence), pair[0], "threatened", pair[1], None)
    assert claim.qualifiers.cameo == cameo
    assert claim.qualifiers.status.value == "occurred"


@pytest.mark.parametrize(("sentence", "pair"), NOT_PLACE_THREATS)
def test_intents_no_place_threat_with_an_actor_or_no_restriction(
    extract: Any, sentence: str, pair: tuple[str, str]
) -> None:
    """A restriction on a named actor, or an act that restricts nothing, threatens no place."""
    assert not claims_between(extract(sentence), pair[0], "threatened", pair[1])


# (sentence, (subject, object) of the supported claim, status)
HELP_PLEDGES = [
    ("Germany pledged to help Greece.", ("Germany", "Greece"), "planned"),
    ("Japan offered to help the Philippines.", ("Japan", "Philippines"), "proposed"),
    ("Chad promised to help Niger fight the insurgents.", ("Chad", "Niger"), "planned"),
]


@pytest.mark.parametrize(("sentence", "pair", "status"), HELP_PLEDGES)
def test_intents_help_promised_is_an_intent_to_aid(
    extract: Any, sentence: str, pair: tuple[str, str], status: str
) -> None:
    """Help promised, pledged or offered to X is an intent to aid X (AGREE, CAMEO 033)."""
    claim = event_claim(extract(sentence), pair[0], "supported", pair[1], "AGREE")
    assert claim.qualifiers.cameo == "033"
    assert claim.qualifiers.status.value == status


def test_intents_help_not_promised_no_intent(extract: Any) -> None:
    """Help that was not promised gives no intent to aid."""
    assert not claims_between(
        extract("France did not promise to help Mali."), "France", "supported", "Mali"
    )
