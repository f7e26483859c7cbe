"""One person hurt by hand (kg/resolve/beaten.py, force57): "an Ethiopian soldier" beaten,
tortured or kicked is one Person of the article labelled as written, not the army a soldier
stands for nor the country of the adjective. Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, node_types

KEPT = [
    (
        "Footage showed two police officers beating a Somali soldier in Nairobi.",
        ("police officers", "attacked", "Somali soldier"),
    ),
    (
        "A video of police beating a black French policeman sparked protests.",
        ("police", "attacked", "black French policeman"),
    ),
    (
        "Kenyan police tortured a young Ugandan student in Nairobi.",
        ("Kenyan police", "attacked", "young Ugandan student"),
    ),
]
REMOVED = [
    # the one beaten is not his army, nor the country of the adjective
    (
        "Footage showed two police officers beating a Somali soldier in Nairobi.",
        ("police officers", "attacked", "Somali army"),
    ),
    (
        "Kenyan police tortured a young Ugandan student in Nairobi.",
        ("Kenyan police", "attacked", "Uganda"),
    ),
    # a soldier killed in a war stays an attack on his side, not one person
    (
        "Hamas fighters killed an Israeli soldier near Gaza.",
        ("Hamas", "attacked", "Israeli soldier"),
    ),
    # a match won is no beating
    (
        "The Kenyan team beat a Brazilian side 2-0 in Nairobi.",
        ("Kenyan team", "attacked", "Brazilian side"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_beaten_one_person(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """The one beaten or tortured is a Person of the article, not his army or country."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Police beat the Somali soldier in Nairobi.", "Somali soldier"),
        ("Israeli troops shot a Palestinian soldier in Hebron.", "Palestinian soldier"),
        ("A Somali soldier beat his rival in the final.", "Somali soldier"),
    ],
)
def test_beaten_not_a_person(extract: Any, text: str, label: str) -> None:
    """Not after "the" (someone named before), not for a shooting, not as the doer."""
    assert node_types(extract(text)).get(label) != "Person"
