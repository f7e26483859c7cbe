"""A figure of more than one before "of" picks people out of a whole ("seven of its players
were arrested"): the whole acts or undergoes the act, as with "many of" (``part_pronouns``
of kg/data/en/cues.json, ``interactions._whole_of``); "one of" is a single member."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    # the count as the object, the passive subject, the active subject
    (
        "Egyptian police arrested three of the Muslim Brotherhood leaders in Cairo.",
        ("Egyptian police", "sanctioned", "Muslim Brotherhood"),
    ),
    (
        "Turkish police detained 20 of the Kurdish protesters in Istanbul.",
        ("Turkish police", "sanctioned", "Kurdish protesters"),
    ),
    (
        "Two of the Houthi rebels were detained by Saudi forces near Najran.",
        ("Saudi forces", "sanctioned", "Houthis"),
    ),
    (
        "Nigerian troops killed 12 of the Boko Haram fighters near Baga.",
        ("Nigerian troops", "attacked", "Boko Haram"),
    ),
    ("Iran backs three of the Shia militias in Iraq.", ("Iran", "supported", "Shia militias")),
    (
        "Two of the Taliban commanders met Pakistani officials in Islamabad.",
        ("Pakistani officials", "met", "Taliban"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_counted_parts_stand_for_their_whole(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "<figure> of the <people>" as subject or object: the people are the actor."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # a single member is not the whole
    "One of the Houthi rebels was detained by Saudi forces near Najran.",
    "Egyptian police arrested one of the Muslim Brotherhood leaders in Cairo.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_counted_parts_one_is_no_whole(extract: Any, text: str) -> None:
    """ "one of the <people>" gives the people no claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "sanctioned"}, found
