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
