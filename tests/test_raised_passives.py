"""Passives raised under a report verb (kg/extract/raised_passives.py), on sentences of our
own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hezbollah is widely believed to be funded by Iran.", ("Iran", "supported", "Hezbollah")),
        (
            "Hezbollah, which is believed to be funded by Iran, denied the claims.",
            ("Iran", "supported", "Hezbollah"),
        ),
        (
            "The separatists, said to be armed by Russia, shelled Donetsk.",
            ("Russia", "supported", "separatists"),
        ),
        (
            "The Janjaweed are thought to be supported by the Sudanese government.",
            ("Sudanese government", "supported", "Janjaweed"),
        ),
        # the report verb read as active after a comma, with the name as its subject
        (
            "Hezbollah, believed to be funded by Iran, denied the claims.",
            ("Iran", "supported", "Hezbollah"),
        ),
        # the reduced relative hung on the main verb: about the name before the comma
        (
            "Drones hit camps of al-Shabab, believed to be funded by Eritrea, near Kismayo.",
            ("Eritrea", "supported", "al-Shabab"),
        ),
    ],
)
def test_raised_passives_agent_acts(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The one after "by" does the inner verb's act to the one the report is about."""
    found = triples(extract(text))
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_raised_passives_alleged_is_hypothetical(extract: Any) -> None:
    """An act only alleged keeps the allegation's status."""
    graph = extract("Al-Shabab is alleged to have been armed by Eritrea.")
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if graph.entities[r.subject].label == "Eritrea" and r.predicate.value == "supported"
    }
    assert statuses == {"hypothetical"}


@pytest.mark.parametrize(
    "text",
    [
        # what the report is about is no actor
        "The deal is believed to be backed by Germany.",
    ],
)
def test_raised_passives_not_without_an_actor_act(extract: Any, text: str) -> None:
    """No claim where the one reported on is no actor or the verb does nothing to it."""
    assert not any(p == "supported" for _, p, _ in triples(extract(text)))
