"""Unnamed actors of two kinds (crowd59): a state's machines and forces written with the
state's own word ("government helicopters", "regime warplanes", "regime forces") are the
military of the country in front, or of the article's one country
(kg/resolve/collectives.py, ``_state_instrument``); voters and a people named behind their
nationality ("Kenyan voters", "the Somali people") are a group of their article where an event
uses them (``named_group_nouns`` in kg/data/en/sector_nouns.json), bare ones no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# an article about Sudan: Sudan named three times, no other country
SUDAN = (
    "Sudan has fought rebels in South Kordofan since 2011. Sudan denies targeting civilians, "
    "and Sudanese officials blame the rebels for the war. "
)

FIRES = [
    # the country in front
    (
        "Sudanese government warplanes bombed villages in Darfur.",
        ("Sudanese army", "attacked", "Darfur"),
    ),
    # the article's one country
    (SUDAN + "On Monday government helicopters bombed the village of Tabit.", "Tabit"),
    (SUDAN + "On Wednesday government jets bombed the village of Tawila.", "Tawila"),
    (SUDAN + "On Thursday the regime warplanes bombed the village of Mellit.", "Mellit"),
    (SUDAN + "Witnesses said regime forces shelled the town of Ariha.", "Ariha"),
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_state_machines_are_the_military(extract: Any, text: str, expected: Any) -> None:
    """Machines and forces named with "government" or "regime" attack as the country's
    military."""
    found = triples(extract(text, published="2015-05-15"))
    if isinstance(expected, tuple):
        assert expected in found, found
    else:
        doers = {s for s, p, o in found if p == "attacked" and o == expected}
        assert doers, found
        assert all(s.startswith("Sudan") for s in doers), found


NO_ATTACKER = [
    # the sentences above, with no country in front and no one country in the article:
    # whose jets they are is not said
    "On Wednesday government jets bombed the village of Tawila.",
    "On Thursday the regime warplanes bombed the village of Mellit.",
]


@pytest.mark.parametrize("text", NO_ATTACKER)
def test_state_machines_no_country_no_node(extract: Any, text: str) -> None:
    """With no country to own them, government machines make no attacker."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found


def test_state_machines_officials_stay_vague(extract: Any) -> None:
    """Only armed phrases count: bare "government officials" stay no one's."""
    found = triples(extract(SUDAN + "Government officials criticized the United Nations."))
    assert not {t for t in found if t[0].startswith("Sudan") and t[2] == "United Nations"}, found


PEOPLE = [
    ("Kenyan voters criticized Uhuru Kenyatta.", ("Kenyan voters", "criticized", "Uhuru Kenyatta")),
    (
        "John Magufuli won the support of Tanzanian voters.",
        ("Tanzanian voters", "supported", "John Magufuli"),
    ),
    (
        "Turkey delivered food aid to the Somali people.",
        ("Turkey", "supported", "Somali people"),
    ),
    (
        "The Malian people rejected the peace plan of Algeria.",
        ("Malian people", "criticized", "Algeria"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), PEOPLE)
def test_state_machines_named_people_act(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Voters or a people behind their nationality are a group labelled as written."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


PEOPLE_SILENT = [
    # bare: anyone's voters, anyone's people (the sentences above without the nationality)
    "Uhuru Kenyatta was criticized by voters and won the support of many voters.",
    "John Magufuli won the support of voters.",
    "Turkey delivered food aid to people in Mogadishu.",
    # a nationality, but no event of theirs
    "Kenyan voters said the election was fair.",
]


@pytest.mark.parametrize("text", PEOPLE_SILENT)
def test_state_machines_bare_people_no_claim(extract: Any, text: str) -> None:
    """Bare voters or people, or named ones that only speak, hold no claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if {"voters", "people"} & {*t[0].split(), *t[2].split()}}, found


VERDICTS = [
    # voters who punish criticize; a state that punishes sanctions
    (
        "Polish voters punished Bronislaw Komorowski.",
        ("Polish voters", "criticized", "Bronislaw Komorowski"),
        ("Polish voters", "sanctioned", "Bronislaw Komorowski"),
    ),
    (
        "The European Union punished Russia for the annexation of Crimea.",
        ("European Union", "sanctioned", "Russia"),
        ("European Union", "criticized", "Russia"),
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), VERDICTS)
def test_state_machines_voters_verdict(
    extract: Any, text: str, made: tuple[str, str, str], not_made: tuple[str, str, str]
) -> None:
    """A sanctioning verb of voters is their verdict at the polls: criticized."""
    found = triples(extract(text, published="2015-05-15"))
    assert made in found, found
    assert not_made not in found, found
