"""Status of an attack that a force gears up or prepares to make (kg/extract/qualifiers.py
``_aim_status``, ``status_words.json``), with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        # the aim of a preparation is still to come, however the parser hangs the "to" clause
        (
            "Kurdish peshmerga forces are gearing up to attack Mosul.",
            ("Kurdish peshmerga forces", "attacked", "Mosul"),
            "planned",
        ),
        (
            "Nigeria's army is gearing up to fight Boko Haram in Sambisa forest.",
            ("Nigeria's army", "attacked", "Boko Haram"),
            "planned",
        ),
        (
            "Syrian troops are preparing in Hama to retake Palmyra.",
            ("Syrian troops", "attacked", "Palmyra"),
            "planned",
        ),
        (
            "Nigerian troops geared up for an offensive against Boko Haram.",
            ("Nigerian troops", "attacked", "Boko Haram"),
            "planned",
        ),
        # negative: the preparation done, the attack told as made
        (
            "The Syrian army attacked Aleppo after gearing up for weeks.",
            ("Syrian army", "attacked", "Aleppo"),
            "occurred",
        ),
        (
            "Syrian troops prepared for months and then retook Palmyra.",
            ("Syrian troops", "attacked", "Palmyra"),
            "occurred",
        ),
    ],
)
def test_qualifiers_prepared_attack_is_planned(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """An attack a force gears up or prepares to make is planned; one made after is not."""
    assert statuses(extract(text), triple) == {status}


@pytest.mark.parametrize(
    ("text", "triple", "status"),
    [
        # a preparation noun puts the act it governs in the future, whoever the actors
        (
            "The Syrian army is massing troops near Palmyra in preparation for an offensive "
            "against Islamic State.",
            ("Syrian army", "attacked", "Islamic State"),
            "planned",
        ),
        (
            "The Iraqi army is deploying troops near Ramadi, in an apparent preparation for a "
            "counterattack to retake Ramadi.",
            ("Iraqi army", "attacked", "Ramadi"),
            "planned",
        ),
        (
            "Turkish forces are deploying tanks along the border in preparation for an attack "
            "on Kurdish militants.",
            ("Turkish forces", "attacked", "Kurdish militants"),
            "planned",
        ),
        # ("for" hung on the verb of which the preparation noun is the object or subject)
        (
            "Kenyan troops are making preparations for an assault on al-Shabaab in Somalia.",
            ("Kenyan troops", "attacked", "al-Shabaab"),
            "planned",
        ),
        (
            "Preparations are under way for talks between Israel and Hamas in Cairo.",
            ("Hamas", "met", "Israel"),
            "planned",
        ),
        (
            "Iran is making preparations for talks with the United States in Oman.",
            ("Iran", "met", "United States"),
            "planned",
        ),
        (
            "Saudi Arabia announced preparations for a visit by Narendra Modi to Riyadh.",
            ("Narendra Modi", "visited", "Riyadh"),
            "planned",
        ),
        # negatives: the preparation is what was struck, or the act came after it
        (
            "Israeli jets struck Hamas preparations for an attack on Israel.",
            ("Israeli army", "attacked", "Hamas"),
            "occurred",
        ),
        (
            "After weeks of preparations, the Iraqi army attacked Ramadi.",
            ("Iraqi army", "attacked", "Ramadi"),
            "occurred",
        ),
        (
            "The Pakistani army launched its offensive against the Taliban after months of "
            "preparation.",
            ("Pakistani army", "attacked", "Taliban"),
            "occurred",
        ),
    ],
)
def test_qualifiers_act_of_a_preparation_noun_is_planned(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """An act a preparation noun governs ("in preparation for", "making preparations for")
    is planned; the preparation struck, or one the act followed, leaves it occurred."""
    assert statuses(extract(text), triple) == {status}
