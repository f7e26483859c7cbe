"""Coordinated passives with one agent (kg/extract/shared_agents.py); training as aid and
relief handed out (tools/lexicon/seeds/support.txt; "thousands of" in kg/lexicon.py); press
secretaries as spokespeople (kg/data/en/titles.json); a passive subject under its own
appositive (kg/extract/taken_places.py). Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # one "by" phrase for two participles: each participle's act is the agent's
    (
        ("The Kurdish fighters are armed and trained by Germany.",),
        ("Germany", "supported", "Kurdish fighters"),
    ),
    (
        ("The Syrian opposition was funded, trained and equipped by Qatar.",),
        ("Qatar", "supported", "Syrian opposition"),
    ),
    (
        ("Many of the Shia militias that fought in Tikrit are armed and trained by Iran.",),
        ("Iran", "supported", "Shia militias"),
    ),
    # training another side's forces is aid; training with a side is cooperation
    (("The rebels were trained by the CIA.",), ("CIA", "supported", "rebels")),
    (
        ("Britain has trained thousands of Ukrainian soldiers.",),
        ("United Kingdom", "supported", "Ukrainian soldiers"),
    ),
    (
        ("The Kenyan army trained with British troops.",),
        ("British troops", "cooperated_with", "Kenyan army"),
    ),
    # "Islamic State of Iraq and Levant" is the group's name without its article
    (
        ("Kurdish forces retook Sinjar from the Islamic State of Iraq and Levant.",),
        ("Kurdish forces", "attacked", "Islamic State"),
    ),
    # relief handed out aids the ones it reaches, through a quantity ("thousands of")
    (
        ("The Red Cross distributed health kits to Syrian refugees.",),
        ("Red Cross", "supported", "Syrian refugees"),
    ),
    (
        ("The World Food Programme distributed food rations to Yemeni refugees in Djibouti.",),
        ("World Food Programme", "supported", "Yemeni refugees"),
    ),
    (
        ("The Red Cross distributed thousands of blankets to Syrian refugees.",),
        ("Red Cross", "supported", "Syrian refugees"),
    ),
    (("Russia sold hundreds of missiles to Iran.",), ("Russia", "supported", "Iran")),
    # a press secretary speaks for the office
    (
        ("Kremlin press secretary Dmitry Peskov said the talks would go on.",),
        ("Dmitry Peskov", "spokesperson_for", "Russia"),
    ),
    # the passive subject the parser hangs under a noun of its own appositive
    (
        (
            "Mosul was seized by ISIL last year.",
            "Tikrit, a city in Iraq's north just two hours' drive away from the capital "
            "Baghdad, was taken by ISIL in June.",
        ),
        ("Islamic State", "attacked", "Tikrit"),
    ),
]

NOT_FOUND = [
    (
        ("White House press secretary Josh Earnest said the talks would go on.",),
        ("Josh Earnest", "member_of", "United States"),
    ),
    # the trainer trains; the trained do not cooperate with it
    (("The rebels were trained by the CIA.",), ("rebels", "cooperated_with", "CIA")),
    (
        ("Britain has trained thousands of Ukrainian soldiers.",),
        ("Ukrainian soldiers", "cooperated_with", "United Kingdom"),
    ),
    # a participle with its own agent keeps it
    (
        ("The rebels were condemned by Qatar and armed by Turkey.",),
        ("Turkey", "criticized", "rebels"),
    ),
]


@pytest.mark.parametrize(("texts", "triple"), FOUND)
def test_shared_agents_found(extract: Any, texts: tuple[str, ...], triple: tuple[str, ...]) -> None:
    """The one agent does each coordinated act; trainers aid the trained."""
    assert triple in triples(extract(*texts))


@pytest.mark.parametrize(("texts", "triple"), NOT_FOUND)
def test_shared_agents_not_found(
    extract: Any, texts: tuple[str, ...], triple: tuple[str, ...]
) -> None:
    """No cooperation read into training; an agent is not lent across its own."""
    assert triple not in triples(extract(*texts))
