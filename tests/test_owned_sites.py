"""A site a town owns by name (loc56): "Protesters gathered at Karachi's Jinnah roundabout",
"a bomb exploded in Peshawar's Qissa Khwani bazaar": the name and its lower-case site noun
(``facility_nouns``, ``site_nouns``, ``venue_nouns``) are one place, in the town
(kg/extract/owned_sites.py). Not a person's or a country's thing, a plural, a people's
word or an adjective before the noun, nor the town's officer. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

FOUND = [
    (
        "Karachi is the biggest city in Pakistan. Protesters gathered at Karachi's Jinnah "
        "roundabout.",
        ("Jinnah roundabout", "Karachi"),
    ),
    ("Clashes erupted near Aden's Mualla roundabout.", ("Mualla roundabout", "Aden")),
    ("A car bomb exploded in Baghdad's Shorja market.", ("Shorja market", "Baghdad")),
    (
        "A bomb exploded in Peshawar's Qissa Khwani bazaar on Sunday.",
        ("Qissa Khwani bazaar", "Peshawar"),
    ),
    ("A bomb exploded in Lahore's Anarkali market.", ("Anarkali market", "Lahore")),
    (
        "Floods hit the city of Glasgow. Supporters packed Glasgow's Hydro arena for the rally.",
        ("Hydro arena", "Glasgow"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), FOUND)
def test_owned_sites_found(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """The named site lies in the town that owns it."""
    assert pair in pairs(extract(text), "located_in")


# (text, the town that must hold nothing)
NOT_FOUND = [
    ("Karachi's mayor visited the market on Monday.", "Karachi"),
    ("Lahore's main market was closed after the attack.", "Lahore"),
    ("Gunmen attacked Baghdad's Shia mosques on Friday.", "Baghdad"),
    ("Obama's Chicago home was guarded by police.", "Chicago"),
    ("Peshawar's Christian church was rebuilt in 2013.", "Peshawar"),
    ("Lahore's markets and bazaars reopened on Sunday.", "Lahore"),
    ("Fighters stormed Aden's Houthi market on Friday.", "Aden"),
    ("Kabul's Taliban roundabout was renamed.", "Kabul"),
]


@pytest.mark.parametrize(("text", "town"), NOT_FOUND)
def test_owned_sites_not_found(extract: Any, text: str, town: str) -> None:
    """No site of a town without a name of its own, or none of the town's."""
    assert not {p for p in pairs(extract(text), "located_in") if p[1] == town}
