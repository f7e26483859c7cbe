"""Attacks by or on actors with no name, and attempted ones (atk56): the subject of an
attempt is the doer of the attack it reaches for ("a student tried to assassinate X"), an
attempt that failed still attacked ("tried but failed to kill X"), a site in an unnamed
capital stays the target ("stormed a guesthouse in the Afghan capital"), and a target
sprayed or riddled with bullets or gunfire is attacked (``missile_with``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

ATTACKS = [
    # an attempt's subject, a role noun with no name (kg/resolve/people.py event_role)
    (
        "A student tried to assassinate Prime Minister Takashi Hara in 1921.",
        ("student", "attacked", "Takashi Hara"),
    ),
    (
        "A farmer attempted to kill Governor Ramon Diaz in Cebu.",
        ("farmer", "attacked", "Ramon Diaz"),
    ),
    # a site in a place the sentence does not name (kg/extract/sites.py)
    (
        "Gunmen stormed a guesthouse in the Afghan capital.",
        ("Gunmen", "attacked", "guesthouse"),
    ),
    (
        "Gunmen stormed a hotel in the Somali capital on Friday.",
        ("Gunmen", "attacked", "hotel"),
    ),
    (
        "Militants bombed a market in the northern Nigerian city on Tuesday.",
        ("Militants", "attacked", "market"),
    ),
    # a target sprayed, riddled or raked with bullets or gunfire
    (
        "Gunmen riddled Ahmed Khan's car with bullets.",
        ("Gunmen", "attacked", "Ahmed Khan"),
    ),
    (
        "Gunmen raked the Nigerian embassy with gunfire.",
        ("Gunmen", "attacked", "Nigerian embassy"),
    ),
    # the parser hangs "with" on the target; "masked men" are armed men
    (
        "Masked men sprayed the Kenyan embassy with bullets.",
        ("Masked men", "attacked", "Kenyan embassy"),
    ),
    (
        "Masked men opened fire on the Nigerian embassy.",
        ("Masked men", "attacked", "Nigerian embassy"),
    ),
]

NO_ATTACKS = [
    (
        "A student of the assassination wrote to Governor Ramon Diaz.",
        ("student", "attacked", "Ramon Diaz"),
    ),
    (
        "A student tried to meet Governor Ramon Diaz.",
        ("student", "attacked", "Ramon Diaz"),
    ),
    (
        "Police found the gunmen's bus in the Afghan capital.",
        ("Police", "attacked", "gunmen"),
    ),
    (
        "Soldiers guarded a hotel in the Somali capital on Friday.",
        ("Soldiers", "attacked", "hotel"),
    ),
    (
        "Fans sprayed the Kenyan team with champagne.",
        ("Fans", "attacked", "Kenya"),
    ),
    (
        "Police sprayed protesters with water in Nairobi.",
        ("Police", "attacked", "protesters"),
    ),
    (
        "The report was riddled with errors, Kenya said.",
        ("Kenya", "attacked", "report"),
    ),
    (
        "Police arrested three masked men in Nairobi.",
        ("Police", "attacked", "three masked men"),
    ),
    (
        "Gunmen opened fire in the Afghan capital on Friday.",
        ("Gunmen", "attacked", "Afghan capital"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ATTACKS)
def test_unnamed_attacks_made(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An attack by an unnamed doer, on an unnamed site or with bullets is claimed."""
    found = triples(extract(text, published="2015-06-05"))
    assert triple in found, found


@pytest.mark.parametrize(("text", "triple"), NO_ATTACKS)
def test_unnamed_attacks_not_made(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A noun beside an attack word, a meeting sought, a spray of water: no attack."""
    graph = extract(text, published="2015-06-05")
    found = triples(graph)
    assert triple not in found, found
    assert not any(p == "attacked" for _, p, _ in found), found


STATUSES = [
    (
        "Kenji Sato tried but failed to assassinate Prime Minister Takashi Hara.",
        ("Kenji Sato", "attacked", "Takashi Hara"),
        {"occurred"},
    ),
    (
        "Rebels tried and failed to storm the Libyan parliament.",
        ("Rebels", "attacked", "Libyan parliament"),
        {"occurred"},
    ),
    (
        "Kenji Sato tried to kill Takashi Hara but failed.",
        ("Kenji Sato", "attacked", "Takashi Hara"),
        {"occurred"},
    ),
    # a meeting that failed is no meeting; a negated attempt is no attack
    (
        "Kenji Sato tried but failed to meet Takashi Hara.",
        ("Kenji Sato", "met", "Takashi Hara"),
        {"denied"},
    ),
    (
        "Kenji Sato did not try to kill Takashi Hara.",
        ("Kenji Sato", "attacked", "Takashi Hara"),
        {"denied"},
    ),
    (
        "Kenji Sato tried but never managed to meet Takashi Hara.",
        ("Kenji Sato", "met", "Takashi Hara"),
        None,
    ),
]


@pytest.mark.parametrize(("text", "triple", "expected"), STATUSES)
def test_unnamed_attacks_failed_attempt_status(
    extract: Any, text: str, triple: tuple[str, str, str], expected: set[str] | None
) -> None:
    """An attack tried and failed was made (occurred); a meeting tried and failed was not."""
    found = statuses(extract(text, published="2015-06-05"), triple)
    if expected is None:
        assert "occurred" not in found, found
    else:
        assert found == expected, found
