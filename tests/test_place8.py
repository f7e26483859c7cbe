"""Where things are, as news says it (place8).

"the UK-based Syrian Observatory", "the London-based advocacy group": a place fused into a
body's modifier describes the body; the annotated news never codes it as a located_in claim
(0 of 145 held-out articles and realnews_dev; 9 false positives on them), so kg makes none
(kg/extract/bases.py ``_based``). A body said to be "based in" or "headquartered in" a place
is still located there. Sentences of our own, about other bodies than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, node_types

FUSED = [
    (
        "The Geneva-based International Committee of the Red Cross said 40 were wounded.",
        ("International Committee of the Red Cross", "located_in", "Geneva"),
    ),
    (
        "The Nairobi-based Kenya Human Rights Commission criticized the police.",
        ("Kenya Human Rights Commission", "located_in", "Nairobi"),
    ),
    (
        "The Paris-based Reporters Without Borders condemned the arrest.",
        ("Reporters Without Borders", "located_in", "Paris"),
    ),
    (
        "Greenpeace urged Brazil on Monday to protect the forest. The Amsterdam-based group "
        "also criticized Norway.",
        ("Greenpeace", "located_in", "Amsterdam"),
    ),
]

SAID_BASED = [
    (
        "The Kenya Human Rights Commission, based in Nairobi, criticized the police.",
        ("Kenya Human Rights Commission", "located_in", "Nairobi"),
    ),
    (
        "Amnesty International, headquartered in London, condemned the arrest.",
        ("Amnesty International", "located_in", "London"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=SAID_BASED, removed=FUSED),
)
def test_place8_fused_base_is_no_claim(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "the Paris-based X": no located_in; "X, based in Paris": located_in Paris."""
    check_kept_removed(extract(text), kept, removed)


# "in eastern Aleppo", "in central Sanaa": a lower-case compass word between the preposition
# and a name does not hide the place cue (kg/resolve/entities.py ``_compass_of``): a name the
# model did not tag is a place, one it read as a person is one too (place8)
COMPASS_PLACES = [
    ("Protesters blocked roads in central Sanaa on Tuesday.", "Sanaa", "City"),
    ("Rebels shelled a market in western Taiz on Sunday.", "Taiz", "City"),
    ("Shelling hit the Salaheddine district in eastern Aleppo on Monday.", "Aleppo", "City"),
]


@pytest.mark.parametrize(("text", "label", "kind"), COMPASS_PLACES)
def test_place8_compass_word_keeps_place_cue(
    extract: Any, text: str, label: str, kind: str
) -> None:
    """ "in central Sanaa": Sanaa is a city node, not a person's or no node."""
    types = node_types(extract(text))
    assert types.get(label) == kind, types


COMPASS_CONTAINED = [
    (
        "Shelling hit the Salaheddine district in eastern Aleppo on Monday.",
        ("Salaheddine", "located_in", "Aleppo"),
    ),
]
# look-alikes: a place named near a topic country is not in it
COMPASS_NOT_CONTAINED = [
    ("Talks in Geneva on Syria resumed on Monday.", ("Geneva", "located_in", "Syria")),
    (
        "The minister met envoys in central London to discuss Yemen.",
        ("London", "located_in", "Yemen"),
    ),
    ("Police arrested him in northern Nigeria, near Niger.", ("Nigeria", "located_in", "Niger")),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=COMPASS_CONTAINED, removed=COMPASS_NOT_CONTAINED),
)
def test_place8_compass_container(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "the X district in eastern Aleppo" lies in Aleppo; "talks in Geneva on Syria" puts
    Geneva in no Syria."""
    check_kept_removed(extract(text), kept, removed)


# a centre or a clinic is a facility: a town that owns it is where it lies ("Pyongyang's Kang
# Kon Military Academy"); a country's body is its part, no site (place8)
CENTRES = [
    (
        "He was treated at Tokyo's Toranomon Medical Center after the outbreak.",
        ("Toranomon Medical Center", "located_in", "Tokyo"),
    ),
    (
        "Doctors at Karachi's Aga Khan Medical Centre treated the wounded.",
        ("Aga Khan Medical Centre", "located_in", "Karachi"),
    ),
]
NOT_SITES = [
    (
        "Russia's Foreign Ministry protested on Monday.",
        ("Russia's Foreign Ministry", "located_in", "Russia"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"),
    kept_removed_cases(kept=CENTRES, removed=NOT_SITES),
)
def test_place8_town_owned_centre(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "Tokyo's Toranomon Medical Center" lies in Tokyo."""
    check_kept_removed(extract(text), kept, removed)
