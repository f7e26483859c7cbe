"""Aid given through an endeavour or a means (sup50).

"Turkey's decision to provide military support to X", "curbs Hezbollah's ability to provide
logistical support to the regime": the owner of an endeavour noun, or of a means noun
("ability", "capacity"; ``endeavour_nouns.aid_means`` in kg/data/en/cues.json), whose "to"
clause gives aid or support under a light verb supported the one given it
(kg/extract/interactions.py ``_endeavour``, ``_aid_means``); not a means lacked, sought or
denied. A second "to" phrase naming a place ("... and transport fighters to Syrian
territory") is where something goes, not who is given the aid (``_past_destinations``).
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

Pair = tuple[str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ankara's decision to provide military support to the Free Syrian Army angered Moscow.",
            ("Turkey", "Free Syrian Army"),
        ),
        (
            "Saudi Arabia's plan to send weapons to the Syrian rebels worried Russia.",
            ("Saudi Arabia", "Syrian rebels"),
        ),
        (
            "The new sanctions will curb Iran's ability to provide logistical support to Hamas.",
            ("Iran", "Hamas"),
        ),
        (
            "Canada has the capacity to provide help to Ukraine.",
            ("Canada", "Ukraine"),
        ),
        (
            "The EU said it has the means to provide assistance to Greece.",
            ("European Union", "Greece"),
        ),
    ],
)
def test_interactions_endeavour_aid_supports(extract: Any, text: str, expected: Pair) -> None:
    """An endeavour's or a means' owner gives the aid its light-verb clause gives."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "supported")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Canada lacks the capacity to provide help to Ukraine.", ("Canada", "Ukraine")),
        (
            "Norway does not have the capacity to provide aid to Yemen.",
            ("Norway", "Yemen"),
        ),
        ("Norway has no means to provide aid to Yemen.", ("Norway", "Yemen")),
        (
            "Egypt sealed the border to limit the capacity to provide weapons to Hamas.",
            ("Egypt", "Hamas"),
        ),
    ],
)
def test_interactions_lacked_means_give_no_aid(extract: Any, text: str, absent: Pair) -> None:
    """A means lacked, not had, denied by "no", or owned by no one named gives nothing."""
    graph = extract(text, published="2015-06-10")
    assert absent not in pairs(graph, "supported")


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "The Egyptian regime is losing ground. In addition, it would significantly curb"
            " Hamas's ability to provide logistical support to the regime and transport fighters"
            " to Egyptian territory.",
            ("Hamas", "Egyptian regime"),
            ("Hamas", "Egypt"),
        ),
        (
            "The Lebanese government is losing ground. In addition, it would significantly curb"
            " Hezbollah's ability to provide logistical support to the government and transport"
            " fighters to Lebanese territory.",
            ("Hezbollah", "Lebanese government"),
            ("Hezbollah", "Lebanon"),
        ),
    ],
)
def test_interactions_second_to_place_is_no_recipient(
    extract: Any, text: str, expected: Pair, absent: Pair
) -> None:
    """A second "to" phrase naming a place is where fighters go, not who gets the support."""
    supported = pairs(extract(text, published="2015-06-10"), "supported")
    assert expected in supported
    assert absent not in supported
