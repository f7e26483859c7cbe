"""A state's territory or airspace stands for the state ("withdrew from Somali territory",
"violated Turkish airspace"): ``held_nouns`` of kg/data/en/cues.json. Sentences of our own
about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import event_claim

# (sentence, claim made, PLOVER type)
HELD = [
    (
        "Ethiopian troops withdrew from Somali territory.",
        ("Ethiopian troops", "withdrew_from", "Somalia"),
        "RETREAT",
    ),
    (
        "Iranian troops pulled out of Iraqi territory.",
        ("Iranian troops", "withdrew_from", "Iraq"),
        "RETREAT",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "event"), HELD)
def test_interactions_territory_stands_for_state(
    extract: Any, sentence: str, claim: tuple[str, str, str], event: str
) -> None:
    """ "withdrew from Somali territory" withdraws from Somalia."""
    event_claim(extract(sentence), *claim, event)
