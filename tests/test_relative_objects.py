"""Object relatives, places taken and allegiance sworn, on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trials have raised hopes that the Egyptian police, who rights groups accused of "
            "widespread torture, will change.",
            ("rights groups", "criticized", "Egyptian police"),
        ),
        (
            "The Kenyan army, who activists accused of abuses, denied the claims.",
            ("activists", "criticized", "Kenyan army"),
        ),
        (
            "The Nigerian army, who Amnesty International accused of abuses, denied the claims.",
            ("Amnesty International", "criticized", "Nigerian army"),
        ),
    ],
)
def test_relative_objects_slipped_subject(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The noun the parser made a relative pronoun's clause does the verb hung under it to
    the pronoun's noun."""
    found = triples(extract(text))
    assert expected in found
    assert (expected[2], expected[1], expected[0]) not in found


def test_relative_objects_not_a_reduced_passive(extract: Any) -> None:
    """ "who leads fighters backed by Iran": the fighters do not back the leader."""
    found = triples(extract("Ali Abdullah Saleh, who leads fighters backed by Iran, spoke."))
    assert not any(s == "fighters" and p == "supported" for s, p, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mosul was taken by ISIL in June.", ("Islamic State", "attacked", "Mosul")),
        (
            "The offensive to recapture Mosul, which had been taken by ISIL, began on Monday.",
            ("Islamic State", "attacked", "Mosul"),
        ),
        (
            "Kobani, taken by ISIL in October, was retaken in January.",
            ("Islamic State", "attacked", "Kobani"),
        ),
        (
            "The battle for Mosul in Nineveh province, which had been taken by ISIL, went on.",
            ("Islamic State", "attacked", "Mosul"),
        ),
    ],
)
def test_taken_places_by_an_actor(extract: Any, text: str, expected: tuple[str, str, str]) -> None:
    """A named place taken by an actor (passive, relative or reduced relative) is attacked."""
    assert expected in triples(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The decision was taken by Kenya on Monday.",
        "Mosul was taken up by the press.",
        "The bid to retake Tikrit in Salahuddin province, which had been taken by ISIL, went on.",
    ],
)
def test_taken_places_not_decisions(extract: Any, text: str) -> None:
    """A decision taken, a place "taken up", or a clause that may be about the town or its
    province (the "in" phrase hung on a verb) is no attack."""
    assert not any(p == "attacked" for _, p, _ in triples(extract(text)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boko Haram declared allegiance to the Islamic State in March.",
            ("Boko Haram", "supported", "Islamic State"),
        ),
        (
            "Al-Shabab has pledged its allegiance to al-Qaeda.",
            ("al-Shabab", "supported", "al-Qaeda"),
        ),
        (
            "Kenya's Jubilee Party declared allegiance to William Ruto.",
            ("Jubilee Party", "supported", "William Ruto"),
        ),
    ],
)
def test_relative_objects_allegiance_sworn(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """Allegiance declared or pledged to X supports X (not a pledge agreed with X)."""
    found = triples(extract(text))
    assert expected in found
    assert not any(p == "agreed_with" for _, p, _ in found)
