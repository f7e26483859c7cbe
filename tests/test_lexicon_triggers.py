"""Trigger seeds of plover5: relief goods sent are aid, sending alone is no mobilisation, a siege
ended on a town is a retreat from it.
Sentences of our own about actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, event_claim

# (sentence, (subject, predicate, object), PLOVER type, CAMEO code)
SENT = [
    (
        "China delivered 20,000 tonnes of wheat to Zimbabwe.",
        ("China", "supported", "Zimbabwe"),
        "AID",
        "073",
    ),
    (
        "The World Food Programme airdropped flour to South Sudan.",
        ("World Food Programme", "supported", "South Sudan"),
        "AID",
        "073",
    ),
    (
        "Thailand sent 300 tons of rice to Myanmar.",
        ("Thailand", "supported", "Myanmar"),
        "AID",
        "073",
    ),
    (
        "Turkey sent blankets and tents to Armenia.",
        ("Turkey", "supported", "Armenia"),
        "AID",
        "073",
    ),
    # a siege ended on a town eases the blockade of the town
    (
        "Russian troops ended their siege of Grozny.",
        ("Russian troops", "withdrew_from", "Grozny"),
        "RETREAT",
        "0872",
    ),
    # forces sent still mobilise
    (
        "Egypt sent a large force to the Libyan border.",
        ("Egypt", "mobilized", "Libya"),
        "MOBILIZE",
        "154",
    ),
]

# (sentence, (subject, predicate, object) that must not be claimed)
NOT_SENT = [
    # what is sent is a message or a cargo, not forces
    ("Chile sent daily reports to the Bolivian army.", ("Chile", "mobilized", "Bolivian army")),
    ("Japan sent 500 tons of rice to Laos.", ("Japan", "mobilized", "Laos")),
]


@pytest.mark.parametrize(("sentence", "triple", "event", "cameo"), SENT)
def test_lexicon_goods_and_forces_sent(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, cameo: str
) -> None:
    """Relief goods sent are aid (073), forces sent mobilise (154), a siege ended retreats."""
    claim = event_claim(extract(sentence), *triple, event)
    assert claim.qualifiers.cameo == cameo


@pytest.mark.parametrize(("sentence", "triple"), NOT_SENT)
def test_lexicon_sending_alone_no_mobilisation(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Sending reports or rice to someone does not mobilise against them."""
    assert not claims_between(extract(sentence), *triple)
