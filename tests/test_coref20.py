"""A place introduced unnamed and named a few sentences later (kg/extract/place_intros.py):
"a town in X ... the town of Y" puts Y in X; "a hospital in X ... the Z hospital in Y" puts
Y in X. Real model; places of our own, most of them unknown to the gazetteer."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

_JALISCO = "Gunmen killed 12 police officers near a town in western Jalisco state on Monday. "

PLACED = [
    # "a town in X ... the town of Y"
    (
        _JALISCO + "Officials said the attack hit a convoy in the town of Horcasitas at dawn.",
        ("Horcasitas", "Jalisco"),
    ),
    # a village, the name after "the village of"
    (
        "Soldiers raided a village in Kachin state on Friday. Residents said troops burned "
        "houses in the village of Namkhaw before leaving.",
        ("Namkhaw", "Kachin"),
    ),
    # "a neighbourhood of X city ... the Y neighbourhood"
    (
        "Rebels shelled a neighbourhood of Taiz city on Monday. Residents said 12 people "
        "died in the shelling of the al-Rawdah neighbourhood.",
        ("al-Rawdah", "Taiz city"),
    ),
    # a plural introduction names each of its places
    (
        "Two hotels in Kabul were attacked on Monday. Gunmen stormed the Marwand hotel and "
        "the Intercontinental hotel.",
        ("Marwand hotel", "Kabul"),
    ),
    # the facility named with the town it is in: the town lies in the province
    (
        "Three people died in a blast at a hospital in southern Helmand province on Monday. "
        "Officials said the blast at the Bost hospital in Nawzad was caused by a gas leak.",
        ("Nawzad", "Helmand"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), PLACED)
def test_coref20_introduced_place_lies_in_its_container(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """The place named after an unnamed introduction of its kind lies where that was."""
    assert pair in pairs(extract(text, published="2015-05-20"), "located_in")


NOT_PLACED = [
    # two introductions of the noun in two places: which one is unknown
    (
        "Gunmen attacked a town in Jalisco state and a town in Sonora state on Monday. "
        "Officials said the attack hit a convoy in the town of Horcasitas at dawn.",
        ("Horcasitas", "Jalisco"),
    ),
    # the name says where it lies itself
    (
        _JALISCO + "Officials said the attack hit a convoy in the town of Horcasitas in "
        "Guanajuato at dawn.",
        ("Horcasitas", "Jalisco"),
    ),
    # too far from the introduction
    (
        _JALISCO + "The army sent troops. The governor spoke. Schools closed. Banks closed "
        "too. Officials said the attack hit a convoy in the town of Horcasitas at dawn.",
        ("Horcasitas", "Jalisco"),
    ),
    # a singular introduction is the first town named, not the second
    (
        _JALISCO + "Officials said the attack hit a convoy in the town of Horcasitas at "
        "dawn. Later the town of Tepalcatepec was hit.",
        ("Tepalcatepec", "Jalisco"),
    ),
    # a definite "the town in X" is no introduction
    (
        "Gunmen killed 12 police officers near the town in western Jalisco state on Monday. "
        "Officials said the attack hit a convoy in the town of Horcasitas at dawn.",
        ("Horcasitas", "Jalisco"),
    ),
    # another place noun: a village is not the town introduced
    (
        _JALISCO + "Officials said the attack hit a convoy near the village of Horcasitas.",
        ("Horcasitas", "Jalisco"),
    ),
    # the data puts the name in another country
    (
        _JALISCO + "Officials said the attack hit a convoy in the city of Aleppo at dawn.",
        ("Aleppo", "Jalisco"),
    ),
    # a hospital in a city: a town is not put inside another town
    (
        "Three people died in a blast at a hospital in the city of Lashkar Gah on Monday. "
        "Officials said the blast at the Bost hospital in Nawzad was caused by a gas leak.",
        ("Nawzad", "Lashkar Gah"),
    ),
]


@pytest.mark.parametrize(("text", "pair"), NOT_PLACED)
def test_coref20_no_place_without_one_introduction(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """No placement with two introductions, a container of its own, a far or another
    noun, a second name, a definite introduction or a place the data puts elsewhere."""
    assert pair not in pairs(extract(text, published="2015-05-20"), "located_in")
