"""Members and parts of a body by where they come from, by fellowship or by ownership
(kg/extract/body_members.py) and parts named by a unit noun (kg/extract/role_forms.py
affiliates), with the real model on sentences about actors other than the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # sentence, expected triple
    (
        "Two journalists from the BBC were detained by police in Cairo on Monday.",
        ("Two journalists", "member_of", "BBC"),
    ),
    (
        "Three activists from Greenpeace were arrested by Russian police in Murmansk.",
        ("Three activists", "member_of", "Greenpeace"),
    ),
    (
        "Maria Lopez and four other nurses from the Red Cross were kidnapped in Mali on Friday.",
        ("Maria Lopez", "member_of", "Red Cross"),
    ),
    (
        "Kim Jong-su and two other engineers from Samsung were detained in Beijing on Tuesday.",
        ("Kim Jong-su", "member_of", "Samsung"),
    ),
    (
        "Ahmed Saleh and his fellow Hezbollah commanders were killed by an Israeli strike.",
        ("Ahmed Saleh", "member_of", "Hezbollah"),
    ),
    (
        "Police arrested Juan Perez and his fellow Podemos activists in Madrid.",
        ("Juan Perez", "member_of", "Podemos"),
    ),
    (
        "Somchai Wong and his fellow Red Shirts were arrested by police in Bangkok.",
        ("Somchai Wong", "member_of", "Red Shirts"),
    ),
    (
        "Kofi Boateng and his fellow Blue Helmets were attacked by rebels in Mali.",
        ("Kofi Boateng", "member_of", "Blue Helmets"),
    ),
    (
        "Instagram, owned by Facebook, was fined by the European Commission on Monday.",
        ("Instagram", "member_of", "Facebook"),
    ),
    (
        "Google, which owns YouTube, was fined by the European Commission on Monday.",
        ("YouTube", "member_of", "Google"),
    ),
    (
        "WhatsApp is owned by Facebook, the European Commission said on Monday.",
        ("WhatsApp", "member_of", "Facebook"),
    ),
    (
        "Ansar Bait al-Maqdis (ABM), an affiliate of the Islamic State, attacked the town.",
        ("Ansar Bait al-Maqdis", "member_of", "Islamic State"),
    ),
    ("Chrysler, a unit of Fiat, recalled 2,000 cars on Monday.", ("Chrysler", "member_of", "Fiat")),
    (
        "Toyota and its US subsidiary Lexus recalled 2,000 cars on Monday.",
        ("Lexus", "member_of", "Toyota"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_body_members_construction_gives_member(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """People from a named body, a person among "other" or "fellow" people of it, and an
    organisation owned by another or called its unit or subsidiary are its members."""
    assert triple in triples(extract(sentence, published="2015-05-10"))


NOT_FOUND = [
    # sentence, a triple that must not be claimed
    (
        "Refugees from Syria were arrested by Greek police on Monday.",
        ("Refugees", "member_of", "Syria"),
    ),
    (
        "Three migrants from Eritrea were arrested by Libyan police on Monday.",
        ("Three migrants", "member_of", "Eritrea"),
    ),
    (
        "Two defectors from the North Korean army were detained by Chinese police on Monday.",
        ("Two defectors", "member_of", "North Korean army"),
    ),
    (
        "The governor received a letter from the World Health Organization on Monday.",
        ("governor", "member_of", "World Health Organization"),
    ),
    (
        "Thai fishermen received help from the Thai navy on Monday.",
        ("Thai fishermen", "member_of", "Thai navy"),
    ),
    ("Egypt received funds from the World Bank on Monday.", ("Egypt", "member_of", "World Bank")),
    (
        "Apple, which owns a stake in Didi, was fined by the European Commission.",
        ("Didi", "member_of", "Apple"),
    ),
    (
        "Facebook, which owns 10 percent of Jio, was fined by the European Commission.",
        ("Jio", "member_of", "Facebook"),
    ),
    ("Facebook does not own Instagram, the company said.", ("Instagram", "member_of", "Facebook")),
    (
        "Juan Perez and two other students were detained by police in Madrid.",
        ("Juan Perez", "member_of", "Spanish police"),
    ),
    (
        "Two envoys from Qatar met Hamas leaders in Gaza on Monday.",
        ("Two envoys", "member_of", "Qatar"),
    ),
    (
        "Barack Obama and his fellow Americans mourned the victims on Monday.",
        ("Barack Obama", "member_of", "Americans"),
    ),
    (
        "Ahmed Ali and his fellow Syrian Kurds were arrested by Turkish police.",
        ("Ahmed Ali", "member_of", "Kurds"),
    ),
    (
        "The Nigerian military says it has rescued 25 more children and women from Boko Haram.",
        ("25 more children and women", "member_of", "Boko Haram"),
    ),
    (
        "Claudio Rossi, head of the motorcycle unit of ANCMA, the National Association of "
        "Motorcycle Makers, told reporters.",
        ("National Association of Motorcycle Makers", "member_of", "ANCMA"),
    ),
    (
        "Since fighters from the Lord's Resistance Army captured Obo, 5,000 people have fled.",
        ("fighters", "member_of", "Lord's Resistance Army"),
    ),
    (
        "Police arrested Juan Perez and his fellow activists in Madrid.",
        ("Juan Perez", "member_of", "fellow activists"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_body_members_no_member(extract: Any, sentence: str, triple: tuple[str, str, str]) -> None:
    """A country or place people come from, a thing or help from a body, a share owned, a
    negated ownership and a fellow with no body name no membership."""
    found = triples(extract(sentence, published="2015-05-10"))
    assert triple not in found
    assert not any(p == "member_of" and s == triple[0] for s, p, _ in found)
