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
        "Prosecutors in Milan charged the former Lombardy governor Roberto Formigoni.",
        ("Italian judiciary", "sanctioned", "Roberto Formigoni"),
    ),
    (
        "Police in Antwerp arrested two Syrian refugees.",
        ("Belgian police", "sanctioned", "two Syrian refugees"),
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
    # a body outside the capital may be a rival or regional one, not the state's
    ("The army in Aleppo accused the rebels of attacks.", "Syrian army"),
    # a government's or a legislature's people outside the capital: a region's of its own
    ("Lawmakers in Barcelona accused the Spanish government of lying.", "Spanish legislature"),
    ("Authorities in Erbil accused Turkish troops of killing civilians.", "Iraqi government"),
    # staff whose employer the text leaves open (``no_label_nouns``)
    ("Generals in Mosul accused the Kurdish fighters of looting.", "Iraqi army"),
]


@pytest.mark.parametrize(("text", "subject"), KEPT)
def test_town_owners_not_the_state(extract: Any, text: str, subject: str) -> None:
    """A body noun, a government's or legislature's people, or open-ended staff in a town get
    no town's country."""
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
