"""A state force's people in a large town ("police in Peshawar", "troops in Mosul") are that
town's country's collective, and the subject of their verb (kg/resolve/collectives.py
``_town_country``); a bare force whose verb's object is in a town is that town's country's
(kg/resolve/local_owners.py ``_verb_object``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # "in TOWN" on the subject: the town's country's force, whatever the sector
    (
        "Police in Peshawar arrested 12 student activists on Monday.",
        ("Pakistani police", "sanctioned", "12 student activists"),
    ),
    (
        "Troops in Mosul killed 20 Islamic State fighters.",
        ("Iraqi army", "attacked", "Islamic State"),
    ),
    (
        "Authorities in Mandalay detained two Muslim journalists.",
        ("Burmese government", "sanctioned", "two Muslim journalists"),
    ),
    (
        "Soldiers in Benghazi attacked Islamist militants on Friday.",
        ("Libyan army", "attacked", "Islamist militants"),
    ),
    (
        "Security forces in Chittagong raided the homes of opposition activists.",
        ("Bangladeshi army", "attacked", "opposition activists"),
    ),
    # the town on the verb's object (or a noun joined to it): the act's place, the force's
    (
        "Police arrested 30 students and two teachers in Kano.",
        ("Nigerian police", "sanctioned", "teachers"),
    ),
    (
        "Police detained 14 students in Mombasa on Friday.",
        ("Kenyan police", "sanctioned", "14 students"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_town_owners_country_force(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A state force in a large town acts as that town's country's collective."""
    assert triple in triples(extract(text, published="2015-05-15"))


KEPT = [
    # a body seated outside the capital is a rival or regional one, not the state's
    (
        "The parliament in Benghazi accused the rebels of attacks.",
        "Libyan parliament",
    ),
    # an organisation's seat: its officials', not the host state's
    ("Authorities in Brussels accused Greek officials of lying.", "Belgian government"),
    # officials whose employer the text leaves open ("officials in Geneva" are a delegation's)
    ("Officials in Geneva accused Iranian negotiators of stalling.", "Officials"),
]


@pytest.mark.parametrize(("text", "subject"), KEPT)
def test_town_owners_not_the_state(extract: Any, text: str, subject: str) -> None:
    """A body noun, an organisation's seat or open-ended officials get no town's country."""
    assert subject not in {s for s, _, _ in triples(extract(text, published="2015-05-15"))}


def test_town_owners_residents_stay_a_group(extract: Any) -> None:
    """Residents in a town are their own group, not the town's country's."""
    found = triples(
        extract(
            "Residents in Kano accused the Nigerian army of killing civilians.",
            published="2015-05-15",
        )
    )
    assert ("Residents", "criticized", "Nigerian army") in found
