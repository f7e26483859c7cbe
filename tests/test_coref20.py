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


# -- "X echoed his remarks": the remarks of another person (kg/extract/coref.py) ------------
_HERNANDEZ = "President Juan Orlando Hernandez announced a new security plan on Monday.\n"

ECHOED = [
    # a new verdict verb: echoing someone's remarks supports them
    (
        "Chilean President Sebastian Pinera stressed the need for reform on Monday.\n"
        "Peruvian President Ollanta Humala echoed his remarks at the summit.",
        ("Ollanta Humala", "supported", "Sebastian Pinera"),
    ),
    # the other person named only as an owner before
    (
        "The summit opened with Chilean President Sebastian Pinera's remarks on reform.\n"
        "Peruvian President Ollanta Humala echoed his remarks.",
        ("Ollanta Humala", "supported", "Sebastian Pinera"),
    ),
    # praising "his decision" is not praising one's own
    (_HERNANDEZ + "Senator Mario Zelaya praised his decision.", ("Mario Zelaya", "supported")),
    # nor is condemning "his remarks"
    (_HERNANDEZ + "Senator Mario Zelaya condemned his remarks.", ("Mario Zelaya", "criticized")),
]


@pytest.mark.parametrize(("text", "claim"), ECHOED)
def test_coref20_weighed_act_is_another_persons(
    extract: Any, text: str, claim: tuple[str, ...]
) -> None:
    """A possessive on an act the subject echoes, praises or condemns is the latest other
    person subject's."""
    subject, predicate = claim[0], claim[1]
    other = claim[2] if len(claim) > 2 else "Juan Orlando Hernandez"
    assert (subject, other) in pairs(extract(text, published="2015-05-20"), predicate)


NOT_ECHOED = [
    # "his own remarks" are the subject's
    _HERNANDEZ + "Senator Mario Zelaya echoed his own remarks from last year.",
    # defending a decision is no verdict on another's: the possessive stays the subject's
    _HERNANDEZ + "Senator Mario Zelaya defended his decision.",
    # no other person subject before: nobody to take the remarks
    "Senator Mario Zelaya echoed his remarks from last year.",
]


@pytest.mark.parametrize("text", NOT_ECHOED)
def test_coref20_own_act_is_not_moved(extract: Any, text: str) -> None:
    """ "his own", a verb outside ``echo_verbs`` or no other person leave no support."""
    found = pairs(extract(text, published="2015-05-20"), "supported")
    assert ("Mario Zelaya", "Juan Orlando Hernandez") not in found
