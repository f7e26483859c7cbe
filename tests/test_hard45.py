"""Custody told in the passive with its place out of the verb's reach (hard45).

"was arrested and held for three years in Kenya": the place of a participle joined to the
custody verb, or hung on the span of time the custody lasted, is where the act happened, so
the act is that country's (kg/extract/custody_passives.py ``_joined_participles``,
``_spans_of_time``); a large city (``kg.cities``) in a country the article names gives that
country ("arrested in Los Angeles", ``_large_city_country``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kofi Mensah travelled to Togo and Benin in 2009. "
            "In 2010 he was arrested and held for two years in Togo.",
            ("Togo", "Kofi Mensah"),
        ),
        (
            "Luis Ortega visited Peru and Chile in 2008. "
            "In 2009 he was detained and held for six months in Chile.",
            ("Chile", "Luis Ortega"),
        ),
        (
            "Kofi Mensah travelled to Togo and Benin in 2009. "
            "He was jailed for two years in Benin.",
            ("Benin", "Kofi Mensah"),
        ),
    ],
)
def test_custody_passives_place_of_joined_participle_or_time_span(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """The place after a joined participle or a span of time names the detaining state."""
    assert expected in pairs(extract(text, published="2015-06-10"), "sanctioned")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "US prosecutors said the United States had charged four Brazilian men. One of "
            "them, Paulo Lima, was arrested on Friday in Chicago after a flight from Brazil.",
            ("United States", "Paulo Lima"),
        ),
        (
            "Spain and Morocco agreed to share data. Karim Idrissi was detained in Barcelona "
            "on Monday.",
            ("Spain", "Karim Idrissi"),
        ),
    ],
)
def test_custody_passives_large_city_country(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """A large city the data places in a country the article names gives the state."""
    assert expected in pairs(extract(text, published="2015-06-10"), "sanctioned")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the place is where the hostage was held by others, not a state's custody
        (
            "Kenya is a poor country. Omar Haddad was kidnapped and held for three years in "
            "Somalia by gunmen.",
            ("Somalia", "Omar Haddad"),
        ),
        # a time span that is no custody's: the place stays the verb's own
        (
            "Kenya and Uganda signed a deal. Omar Haddad lived for ten years in Uganda. He "
            "was arrested and questioned in Kenya.",
            ("Uganda", "Omar Haddad"),
        ),
        # the city's country is never named: no state from the data alone
        (
            "Kenya and Uganda signed a deal. Omar Haddad was arrested in Chicago on Friday.",
            ("United States", "Omar Haddad"),
        ),
    ],
)
def test_custody_passives_no_state_from_other_places(
    extract: Any, text: str, absent: tuple[str, str]
) -> None:
    """No custody claim for an abduction by others, nor from another verb's place."""
    assert absent not in pairs(extract(text, published="2015-06-10"), "sanctioned")
