"""Names the small model does not tag: a one-word place an attack is aimed at or someone goes
to (kg/resolve/entities.py ``_untagged_places``), a person's name after an honorific
(kg/resolve/titled_names.py), a one-word name the model tagged once and passed over later in
the article (kg/resolve/word_echoes.py); and two readings such names made wrong: the speaker
of "Y quoted X as saying" (kg/extract/speakers.py) and a ward placed in the town that lies in
it (kg/extract/later_wards.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, stated, triples

AIMED_OR_GONE = [
    # an attack aimed "at" or "into" a name the model left untagged
    ("Hamas militants fired rockets at Chak.", ("Hamas", "attacked", "Chak")),
    ("Insurgents fired rockets into Musaga before dawn.", ("Insurgents", "attacked", "Musaga")),
    ("Gunmen fired shots at Cibitoke overnight.", ("Gunmen", "attacked", "Cibitoke")),
    ("Militants fired mortar shells into Dasht on Sunday.", ("Militants", "attacked", "Dasht")),
    # a verb of going "to" the name
    ("Thousands of families fled to Chak after the fighting.", ("families", "visited", "Chak")),
]


@pytest.mark.parametrize(("text", "triple"), AIMED_OR_GONE)
def test_untagged_places_aimed_or_gone(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A one-word untagged name an attack is aimed at, or someone flees to, is a place."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_untagged_places_surname_stays_person(extract: Any) -> None:
    """A word the article gives as a person's surname is that person, not a place, even
    where an attack is aimed at it."""
    graph = extract(
        "Fatima Dasht, a lawmaker, addressed a rally in Kabul on Sunday.\n\n"
        "Gunmen fired shots at Dasht overnight.",
        published="2015-05-15",
    )
    found = triples(graph)
    assert ("Gunmen", "attacked", "Fatima Dasht") in found, found
    assert ("Gunmen", "attacked", "Dasht") not in found, found


TITLED = [
    ("Police arrested Dr Wanjiru Kamau in Nairobi.", "Wanjiru Kamau"),
    ("Soldiers detained Sheikh Abdiasis Musab in Mogadishu.", "Abdiasis Musab"),
]


@pytest.mark.parametrize(("text", "person"), TITLED)
def test_titled_names_person(extract: Any, text: str, person: str) -> None:
    """Capitalised words the model left untagged after an honorific are a person's name."""
    graph = extract(text, published="2015-05-15")
    assert person in labels_of_type(graph, "Person"), labels_of_type(graph, "Person")


def test_titled_names_arrest_claim(extract: Any) -> None:
    """The person found after the honorific is the object of the arrest."""
    found = triples(extract("Police arrested Dr Wanjiru Kamau in Nairobi.", published="2015-05-15"))
    assert ("Kenyan police", "sanctioned", "Wanjiru Kamau") in found, found


ECHOES = [
    (
        "Rebels captured the town of Hawija on Monday after days of fighting.\n\n"
        "Militants attacked Hawija again on Friday.",
        ("Militants", "attacked", "Hawija"),
    ),
    (
        "Rebels captured the town of Rutba on Monday after days of fighting.\n\n"
        "Militants attacked Rutba again on Friday.",
        ("Militants", "attacked", "Rutba"),
    ),
    (
        "Government forces shelled Madagali, a town near the border, on Monday.\n\n"
        "Militants attacked Madagali again on Friday.",
        ("Militants", "attacked", "Madagali"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), ECHOES)
def test_word_echoes_name_again(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A one-word name the model tagged once names the same where it left it untagged."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_word_echoes_not_inside_longer_name(extract: Any) -> None:
    """A tagged one-word name inside a longer run of capitals ("the Rutba Hotel") is no
    echo of it."""
    found = triples(
        extract(
            "Rebels captured the town of Rutba on Monday after days of fighting.\n\n"
            "Militants attacked the Rutba Hotel Group offices again on Friday.",
            published="2015-05-15",
        )
    )
    assert ("Militants", "attacked", "Rutba") not in found, found


QUOTED = [
    (
        '"The army will crush the rebels in the coming weeks," the state news agency SANA '
        "quoted Assad as saying.",
        "Assad",
    ),
    (
        '"Our forces will retake the town within days," the Reuters news agency quoted Abadi '
        "as saying.",
        "Haider al-Abadi",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), QUOTED)
def test_quoted_as_saying_object_speaks(extract: Any, text: str, speaker: str) -> None:
    """In "Y quoted X as saying", X says the quote, not Y."""
    speakers = {s for s, _ in stated(extract(text, published="2015-05-15"))}
    assert speakers == {speaker}, speakers


WARDS = [
    (
        "Iraqi troops entered the town of Karabila on Monday. Karabila is part of the Qaim "
        "district, which borders Syria.",
        ("Qaim district", "located_in", "Karabila"),
    ),
    (
        "Rebels captured the town of Talbiseh. Talbiseh is part of the Rastan district, which "
        "is strategic.",
        ("Rastan district", "located_in", "Talbiseh"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), WARDS)
def test_later_wards_town_said_inside(extract: Any, text: str, wrong: tuple[str, str, str]) -> None:
    """A town the text places in a ward ("X is part of the Y district") does not hold it."""
    found = triples(extract(text, published="2015-05-15"))
    assert wrong not in found, found
