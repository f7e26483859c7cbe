"""A verb's own "against" that the parser hangs on the noun of a phrase framing the verb (its
place, time or partner: kg/extract/framed_preps.py) still names the verb's object; under a
noun that is an act it stays the act's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # on a place noun, or on the name after its "of"
    (
        "The Afghan army fought for weeks in the mountains of Kunar against the Taliban.",
        ("Afghan army", "attacked", "Taliban"),
    ),
    (
        "Syrian rebels fought in the streets of Aleppo against government forces.",
        ("Syrian rebels", "attacked", "government forces"),
    ),
    (
        "Ukrainian soldiers battled for months in the ruins of Donetsk airport against "
        "Russian-backed separatists.",
        ("Ukrainian soldiers", "attacked", "separatists"),
    ),
    (
        "Egyptian students protested for days in the campuses of Cairo University against "
        "the Egyptian government.",
        ("Egyptian students", "criticized", "Egyptian government"),
    ),
    # on the partner after "alongside"
    (
        "Iraqi troops fought alongside the Peshmerga against Hezbollah.",
        ("Iraqi troops", "attacked", "Hezbollah"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_framed_prep_names_object(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The "against" on a framing phrase's noun is the verb's."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # the act noun owns its "against": no attack on whom the rally was against
    (
        "Kenyan police fought with students at a rally against Uhuru Kenyatta.",
        ("Kenyan police", "attacked", "Uhuru Kenyatta"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NO_CLAIM)
def test_framed_prep_stays(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """An "against" under an act noun makes no claim about its object."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
