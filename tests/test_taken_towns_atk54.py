"""Towns taken (atk54): a one-word name that a side that fights takes or storms ("Boko Haram
fighters have taken Damasak") is placed by that one mention (kg/extract/node_types.py,
``seizing_verbs``), and the taking is an attack on it (kg/extract/taken_places.py, a City or a
Place now); a date after "on" leaves the verb its sense ("took Kunduz on Monday"), a tour, a
hospital or a hostage does not. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, node_types

KEPT = [
    (
        "Boko Haram fighters have taken Damasak.",
        ("Boko Haram", "attacked", "Damasak"),
    ),
    ("The Taliban took Kunduz on Monday.", ("Taliban", "attacked", "Kunduz")),
    ("The Houthis took Aden on Tuesday.", ("Houthis", "attacked", "Aden")),
    ("Al-Shabab fighters stormed Mpeketoni on Sunday.", ("al-Shabab", "attacked", "Mpeketoni")),
]
REMOVED = [
    (
        "Buhari took Obama on a tour of Abuja.",
        ("Muhammadu Buhari", "attacked", "Abuja"),
    ),
    ("The army took the journalists to Maiduguri on Monday.", ("army", "attacked", "Maiduguri")),
    ("Chelsea took Arsenal apart on Sunday.", ("Chelsea", "attacked", "Arsenal")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_taken_towns_atk54(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A named town or place taken by a side that fights is attacked, on a date too."""
    check_kept_removed(extract(text, published="2015-06-10"), kept, removed)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Boko Haram fighters have taken Damasak.", "Damasak", "Place"),
        ("Al-Shabab fighters stormed Mpeketoni on Sunday.", "Mpeketoni", "Place"),
    ],
)
def test_seized_one_word_name_is_a_place(extract: Any, text: str, name: str, kind: str) -> None:
    """A one-word name a fighting side takes or storms is a place on that one mention."""
    assert node_types(extract(text, published="2015-06-10")).get(name) in (kind, "City")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person seized is no place ("seize" is no seizing verb of node types)
        ("The rebels seized Mensah at his home.", "Mensah"),
        # a hostage taken
        ("Al-Shabab fighters took Mensah hostage.", "Mensah"),
        # taken by police to hospital: another sense
        ("Police took Mensah to hospital.", "Mensah"),
        # a two-word name: a person's
        ("The rebels took Kofi Mensah.", "Kofi Mensah"),
    ],
)
def test_seized_person_stays_a_person(extract: Any, text: str, name: str) -> None:
    """A person taken, seized or taken elsewhere keeps the person type."""
    assert node_types(extract(text, published="2015-06-10")).get(name) not in ("Place", "City")
