"""Military posture aimed across a frontier (probeG67): forces put on alert (the state noun
after "on" takes the putting verb as its light verb: kg/lexicon.py ``light_verb``), another
state's airspace or waters entered (mobilized, CAMEO 150), a frontier or its crossings closed
to a neighbour (coerced, 191), and warships or helicopters of a nationality as its military."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # forces put on alert along, near or on a frontier face the country across it
    (
        "Tajikistan put its troops on high alert along its border with Afghanistan.",
        ("Tajikistan", "mobilized", "Afghanistan"),
    ),
    (
        "Algeria placed its army on alert near its frontier with Libya on Friday.",
        ("Algeria", "mobilized", "Libya"),
    ),
    (
        "On Tuesday Kenya put its forces on maximum alert along its border with Somalia.",
        ("Kenya", "mobilized", "Somalia"),
    ),
    # another state's airspace or waters entered or violated: force shown at their owner
    (
        "Syrian warplanes violated Turkish airspace on Sunday, Ankara said.",
        ("Syrian army", "mobilized", "Turkey"),
    ),
    (
        "Denmark said Russian helicopters had breached its airspace near Bornholm.",
        ("Russian army", "mobilized", "Denmark"),
    ),
    (
        "Two North Korean submarines entered South Korean waters on Thursday.",
        ("North Korean army", "mobilized", "South Korea"),
    ),
    ("Iran violated the airspace of Iraq, officials said.", ("Iran", "mobilized", "Iraq")),
    # a frontier or its crossings closed to a neighbour
    (
        "Hungary closed its border crossings with Serbia on Tuesday.",
        ("Hungary", "coerced", "Serbia"),
    ),
    (
        "Turkey sealed its frontier with Syria after the bombing.",
        ("Turkey", "coerced", "Syria"),
    ),
    (
        "Uzbekistan shut the main border crossing with Tajikistan on Monday.",
        ("Uzbekistan", "coerced", "Tajikistan"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_posture_objects_claim(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Alerts at a frontier, airspace or waters entered and crossings closed aim at the
    neighbour."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT = [
    # an airspace violation is force shown, not a norm defied (criticized, 128)
    (
        "Syrian warplanes violated Turkish airspace on Sunday, Ankara said.",
        ("Syrian army", "criticized", "Turkey"),
    ),
    # a bare state after "on": the verb with a determiner's noun is no light verb
    (
        "Germany launched a probe on the attack by Turkey on Kurdish villages.",
        ("Germany", "attacked", "Turkey"),
    ),
    # a crossing opened is no closure
    (
        "Hungary reopened its border crossings with Serbia on Tuesday.",
        ("Hungary", "coerced", "Serbia"),
    ),
    # forces put on alert with no frontier named aim at no one
    (
        "Chad put its army on high alert after clashes with Boko Haram.",
        ("Chad", "mobilized", "Boko Haram"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NOT)
def test_posture_objects_no_claim(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """No mobilized or coerced claim where nothing is aimed across a frontier."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found


MACHINE_TITLES = [
    # a machine of the military in a title is no office of it
    (
        "India navy row\n\nIndia's submarines are ageing, officials say. Ravi Kumar, an"
        " independent submarine analyst, said the fleet was unsafe.",
        ("Ravi Kumar", "member_of", "Indian army"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), MACHINE_TITLES)
def test_posture_objects_machine_title(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A submarine analyst is no member of the navy owning such machines."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found


EXPELLED = [
    # staff or civilians expelled are sanctioned, not fought
    (
        "Hungary expelled 12 officials at the Iranian embassy on Friday.",
        ("Hungary", "sanctioned", "12 officials"),
        ("Hungary", "attacked", "12 officials"),
    ),
    (
        "Tanzania expelled 30 Burundian refugees on Monday.",
        ("Tanzania", "sanctioned", "30 Burundian refugees"),
        ("Tanzania", "attacked", "30 Burundian refugees"),
    ),
    # fighters driving out an armed group still fight it
    (
        "Syrian troops expelled 300 militants from Palmyra.",
        ("Syrian troops", "attacked", "militants"),
        ("Syrian troops", "sanctioned", "militants"),
    ),
]


@pytest.mark.parametrize(("text", "made", "not_made"), EXPELLED)
def test_posture_objects_expelled(
    extract: Any, text: str, made: tuple[str, str, str], not_made: tuple[str, str, str]
) -> None:
    """Counted officials or refugees expelled are an expulsion; counted militants expelled by
    troops are fought."""
    found = triples(extract(text, published="2015-05-15"))
    assert made in found, found
    assert not_made not in found, found
