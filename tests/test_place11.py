"""Untagged facility names owned by a place (place11).

"Tehran's notorious Evin prison": proper nouns the model did not tag, before a facility noun
whose possessor is a town, region or country (describing words between allowed), name the
facility, which lies in its owner; "the notorious X prison in Y" lies in Y as "the X prison in
Y" does (kg/extract/places.py ``_untagged_site``). A person's possessive places nothing.
Sentences of our own about other places than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The activist was jailed in Cairo's Tora prison.", ("Tora prison", "Cairo")),
        ("He was moved to Istanbul's Silivri prison.", ("Silivri prison", "Istanbul")),
        ("Patients fled Gaza's crowded Shifa hospital on Monday.", ("Shifa hospital", "Gaza")),
        # the describing word is no part of the name
        (
            "Patients fled the overcrowded Nasser hospital in Khan Younis.",
            ("Nasser hospital", "Khan Younis"),
        ),
        (
            "The journalist was held in the notorious Insein prison in Yangon.",
            ("Insein prison", "Yangon"),
        ),
    ],
)
def test_place11_owned_untagged_facility(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """An untagged facility name owned by a place, or placed by "in", lies in that place."""
    assert expected in pairs(extract(text), "located_in")


@pytest.mark.parametrize(
    "text",
    [
        "He was held at Assad's notorious Tadmor prison.",
        "She was jailed in the notorious Evin prison.",
    ],
)
def test_place11_unowned_facility_is_not_placed(extract: Any, text: str) -> None:
    """A person's facility, or one with no place named, lies nowhere."""
    assert not pairs(extract(text), "located_in")
