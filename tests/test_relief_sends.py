"""Means sent to a country a disaster struck are relief (kg/extract/relief_sends.py): "The
Haiti earthquake ... Canada will send helicopters to Haiti" -> Canada supported Haiti, planned,
not a deployment against it. Texts of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, statuses

# (text, (subject, predicate, object), status)
RELIEF = [
    (
        "The Haiti earthquake killed 200,000 people. Canada is expected to send more "
        "helicopters to Haiti.",
        ("Canada", "supported", "Haiti"),
        "planned",
    ),
    (
        "A powerful quake struck Ecuador on Saturday. Colombia sent troops to Ecuador.",
        ("Colombia", "supported", "Ecuador"),
        "occurred",
    ),
    (
        "Floods in Mozambique killed 150 people. Portugal sent helicopters to Mozambique.",
        ("Portugal", "supported", "Mozambique"),
        "occurred",
    ),
    (
        "Ecuador was hit by a massive earthquake. Peru will send soldiers to Ecuador.",
        ("Peru", "supported", "Ecuador"),
        "planned",
    ),
]

# (text, (subject, predicate, object) that must not be claimed)
NOT_RELIEF = [
    # no disaster told: a deployment stays one
    ("Armenia sent troops to Georgia.", ("Armenia", "supported", "Georgia")),
    # a disaster elsewhere: troops sent to another country are no relief
    (
        "The earthquake in Ecuador killed hundreds. Armenia sent troops to Georgia.",
        ("Armenia", "supported", "Georgia"),
    ),
    # a letter sent is no relief, even to a struck country
    (
        "The Haiti earthquake killed thousands. Canada is expected to send a letter to Haiti.",
        ("Canada", "supported", "Haiti"),
    ),
    # a disaster named of a country only as a word nearby ("the quake ... like Haiti's")
    (
        "A quake struck Ecuador. Armenia sent troops to Georgia, a neighbour of Turkey.",
        ("Armenia", "supported", "Georgia"),
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), RELIEF)
def test_relief_sends_means_sent_to_a_struck_country_aid_it(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """Means sent to a country the article tells a disaster of are aid to it."""
    graph = extract(text)
    assert status in statuses(graph, triple)
    assert not claims_between(graph, triple[0], "mobilized", triple[2])


@pytest.mark.parametrize(("text", "triple"), NOT_RELIEF)
def test_relief_sends_no_disaster_there_no_aid(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A deployment to a country no disaster struck, or a letter, is no aid."""
    assert not claims_between(extract(text), *triple)
