"""A force's site named by its sector noun ("a Nigerian army camp", "an army convoy" in an
article about one country; ``sector_sites`` in kg/data/en/cues.json,
kg/resolve/site_owners.py): an attack on it attacks the force, not the country."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a nationality in front: the force, not its country
    (
        "Houthi fighters attacked Saudi military installations along the border.",
        ("Houthis", "attacked", "Saudi military"),
    ),
    (
        "Hamas fired rockets at an Israeli army compound near Gaza.",
        ("Hamas", "attacked", "Israeli army"),
    ),
    (
        "Rebels shelled a Congolese army watchtower near Goma.",
        ("Rebels", "attacked", "Congolese army"),
    ),
    (
        "Boko Haram attacked a Nigerian army camp near Maiduguri.",
        ("Boko Haram", "attacked", "Nigerian army"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_sector_site_attacked(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An attack on a force's site attacks the force."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


def test_sector_site_in_article(extract: Any) -> None:
    """In an article about one country, "an army convoy" with no nationality is that
    country's force."""
    text = (
        "Afghan forces fight Taliban in Kunduz\n\n"
        "Afghanistan has sent more troops to the north.\n\n"
        "Taliban fighters ambushed an army convoy in Kunduz on Monday."
    )
    found = triples(extract(text, published="2015-05-15"))
    assert ("Taliban", "attacked", "Afghan forces") in found, found


NOT_THE_COUNTRY = [
    ("Houthi fighters attacked Saudi military installations along the border.", "Saudi Arabia"),
    ("Hamas fired rockets at an Israeli army compound near Gaza.", "Israel"),
]


@pytest.mark.parametrize(("text", "country"), NOT_THE_COUNTRY)
def test_sector_site_not_country(extract: Any, text: str, country: str) -> None:
    """The force's site is not the country's: no attack on the country."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked" and t[2] == country}, found


NO_FORCE = [
    # a site noun that is no force's (a station names where, not whose), or no attack
    "The journalist was questioned at a police station in Bangkok.",
    "The police chief resigned after the army chief was sacked.",
    "Reporters waited outside a police post in Kabul.",
    # a vehicle of the force is no site: it may hit a mine itself
    "Two officers died when a police vehicle hit a landmine near Lamu.",
]


@pytest.mark.parametrize("text", NO_FORCE)
def test_sector_site_no_claim(extract: Any, text: str) -> None:
    """No attack: the force's site makes no claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
