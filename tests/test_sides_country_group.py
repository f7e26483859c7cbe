"""A country's armed collective is the one armed group of that country the article names
(kg/resolve/sides.py: _country_group)."""

from __future__ import annotations

from typing import Any

import pytest


def _groups(graph: Any) -> set[str]:
    return {e.label for e in graph.entities.values() if e.type.value in ("Group", "Organization")}


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        # one armed group of the country: the collective is it
        (
            "Colombian rebels attacked a police station in Cauca. The FARC later denied it.",
            {"FARC"},
        ),
        (
            "Somali militants stormed the hotel on Friday. Al-Shabab said it carried out the raid.",
            {"al-Shabab"},
        ),
        # two armed groups of the country: no choice
        (
            "Syrian rebels attacked the town. The Nusra Front and the Free Syrian Army said "
            "they took it.",
            {"Syrian rebels", "Nusra Front", "Free Syrian Army"},
        ),
        # several bodies are never one group
        (
            "Palestinian armed groups fired rockets. Hamas said it was not involved.",
            {"Palestinian armed groups", "Hamas"},
        ),
        # no armed group of that country named: the country's collective
        ("Malian rebels attacked an army convoy near Timbuktu.", {"Malian rebels"}),
    ],
)
def test_sides_country_rebels_are_the_one_named_group(
    extract: Any, text: str, groups: set[str]
) -> None:
    """ "Colombian rebels" in an article naming only the FARC of Colombia is the FARC."""
    assert _groups(extract(text, published="2015-05-15")) == groups
