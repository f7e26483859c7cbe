"""Datelines whose town is written in lower case before its country in capitals (place57):
"Peshawar, PAKISTAN - ...", "Dera Ismail Khan, PAKISTAN - ...": the town lies in the country,
whether or not the model tagged it (kg/extract/places.py ``_dateline``). A town in capitals
("LAHORE, PAKISTAN -") and a wire dateline ("PARIS (Reuters) -") read as before; a comma
after a plain word, a country not in capitals or a known person's name make no dateline.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

FOUND = [
    (
        "Peshawar, PAKISTAN - A bomb exploded near a mosque on Friday, killing six people.",
        ("Peshawar", "Pakistan"),
    ),
    ("Quetta, PAKISTAN \u2014 Gunmen killed four soldiers on Monday.", ("Quetta", "Pakistan")),
    ("Sanaa, YEMEN \u2014 Houthi rebels seized the palace.", ("Sanaa", "Yemen")),
    (
        "Dera Ismail Khan, PAKISTAN \u2014 Gunmen killed four soldiers.",
        ("Dera Ismail Khan", "Pakistan"),
    ),
    (
        "Lashkar Gah, AFGHANISTAN \u2014 Taliban fighters overran a police post.",
        ("Lashkar Gah", "Afghanistan"),
    ),
    ("Misrata, LIBYA - Militias clashed near the port.", ("Misrata", "Libya")),
    ("LAHORE, PAKISTAN \u2014 Police fired tear gas at protesters.", ("Lahore", "Pakistan")),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_places_written_dateline_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The dateline's town lies in its country and is a city."""
    graph = extract(text)
    assert pair in pairs(graph, "located_in")
    assert node_types(graph)[pair[0]] == "City"


# (text, the country that must hold nothing)
NOT_FOUND = [
    ("Today, PAKISTAN faces a crisis over its water.", "Pakistan"),
    ("Meanwhile, PAKISTAN \u2014 a nuclear power \u2014 has warned India.", "Pakistan"),
    ("Obama, AMERICA - the president said - would act.", "United States"),
    ("Analysts, PAKISTAN officials said, expect more attacks.", "Pakistan"),
    ("Yesterday, IRAN - and its allies - rejected the offer.", "Iran"),
    ("Imran Khan, PAKISTAN - the former captain - led the march.", "Pakistan"),
    ("Nawaz Sharif, PAKISTAN - the prime minister - spoke.", "Pakistan"),
    ("PARIS (Reuters) - French police arrested three men in Lyon.", "France"),
    ("Barack Obama, IRAN - and Congress.", "Iran"),
]


@pytest.mark.parametrize(("text", "country"), NOT_FOUND)
def test_places_written_dateline_not_found(extract: Any, text: str, country: str) -> None:
    """No town is put in the country."""
    assert not {p for p in pairs(extract(text), "located_in") if p[1] == country}
