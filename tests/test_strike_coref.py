"""Strikes told without their striker (kg/extract/strike_coref.py): "One bomb hit X", "X was
shelled", "X came under air attack", "Air strikes on X": the one actor just named striking
with weapons of the same kind. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

_SUDAN = "Sudanese warplanes bombed rebel positions in South Kordofan on Monday. "

FOUND = [
    # a weapon as the subject, the striker's warplanes in the sentence before
    (_SUDAN + "One bomb hit the village of Kauda, killing five people.", "Sudanese army", "Kauda"),
    # a passive with no agent: the verb names the weapon kind (shelling: ground)
    (
        "Azerbaijani artillery shelled Armenian positions on Tuesday. The town of Martuni was "
        "also shelled, officials said.",
        "Azerbaijani army",
        "Martuni",
    ),
    # "came under air attack": the target is the one its subject names
    (
        "Turkish jets struck PKK camps in northern Iraq on Friday. Bases of the Kurdish YPG "
        "militia in Syria also came under air attack.",
        "Turkish army",
        "People's Protection Units",
    ),
    # the weapon's owner through "fired by", in a phrase the parse hangs elsewhere
    (
        "A series of shells fired by Azerbaijani forces killed three people on Tuesday. "
        "One shell hit the town of Martuni.",
        "Azerbaijani forces",
        "Martuni",
    ),
    # the subject of a launching verb owns the weapons: "X fired shells at ..."
    (
        "Azerbaijani forces fired mortar shells at Armenian posts on Tuesday. One shell hit "
        "the town of Martuni.",
        "Azerbaijani forces",
        "Martuni",
    ),
    # a passive killing "in an air strike" nobody is named as owning
    (
        "Saudi-led coalition jets bombed Houthi positions in Saada on Monday. Houthi "
        "commander Abdul Khaliq al-Houthi was killed in an air strike, residents said.",
        "Saudi-led coalition",
        "Abdul Khaliq al-Houthi",
    ),
    # a strike noun with no author: "Air strikes on X"
    (
        "Saudi-led coalition jets bombed Houthi positions in Saada on Monday. Air strikes on "
        "Hodeidah also killed ten people.",
        "Saudi-led coalition",
        "Hodeidah",
    ),
]


@pytest.mark.parametrize(("text", "striker", "target"), FOUND)
def test_strike_coref_agentless_strike_is_the_named_strikers(
    extract: Any, text: str, striker: str, target: str
) -> None:
    """A strike with no striker is the one actor just named striking with the same weapons."""
    assert (striker, "attacked", target) in triples(extract(text, published="2015-05-20"))


NOT_FOUND = [
    # another weapon kind: a rocket is not the warplanes'
    (_SUDAN + "A rocket hit the village of Kauda, killing five people.", "Kauda"),
    # two strikers of that kind just named: no guess
    (
        "Sudanese warplanes bombed rebel positions in South Kordofan and Chadian jets struck "
        "camps in Darfur. One bomb hit the village of Kauda.",
        "Kauda",
    ),
    # the striker named too far back (more than two sentences)
    (
        _SUDAN + "Aid workers reached the area on Tuesday. Food was scarce, they said. Doctors "
        "left the clinic. One bomb hit the village of Kauda.",
        "Kauda",
    ),
    # a feared strike, not one that happened
    (_SUDAN + "Officials fear a bomb could hit the village of Kauda.", "Kauda"),
    # the strike noun hangs on someone else's verb: "Iran condemned air strikes on X"
    (
        "Saudi-led coalition jets bombed Houthi positions in Saada on Monday. Iran condemned "
        "air strikes on Hodeidah.",
        "Hodeidah",
    ),
    # who condemned the bombs is not who dropped them
    (
        "Human Rights Watch condemned barrel bombs in Darfur on Monday. One bomb hit the "
        "village of Kauda, killing five people.",
        "Kauda",
    ),
    # a killing in a clash is no strike of the jets'
    (
        "Saudi-led coalition jets bombed Houthi positions in Saada on Monday. Houthi "
        "commander Abdul Khaliq al-Houthi was killed in a clash with tribesmen.",
        "Abdul Khaliq al-Houthi",
    ),
    # rebels' and the army's shells: one country, two sides
    (
        "Syrian rebels fired mortar shells at Aleppo and Syrian army artillery shelled Idlib "
        "on Monday. One shell hit the town of Ariha.",
        "Ariha",
    ),
    # ground shelling after an air raid: another weapon kind
    (_SUDAN + "The shelling of Kadugli killed ten people.", "Kadugli"),
]


@pytest.mark.parametrize(("text", "target"), NOT_FOUND)
def test_strike_coref_no_striker_without_one_of_that_kind(
    extract: Any, text: str, target: str
) -> None:
    """No striker is guessed for another weapon, two strikers, a far one or a feared strike."""
    found = triples(extract(text, published="2015-05-20"))
    assert not any(p == "attacked" and o == target for _, p, o in found)


def test_strike_coref_agentless_strike_takes_the_run_s_date(extract: Any) -> None:
    """With no date of its own, the strike has the day told with the weapons before it."""
    graph = extract(_SUDAN + "One bomb hit the village of Kauda.", published="2015-05-20")
    dates = {
        r.qualifiers.date
        for r in graph.claims
        if r.object is not None and graph.entities[r.object].label == "Kauda"
    }
    assert dates == {"2015-05-18"}


def test_strike_coref_car_bomb_is_no_weapon_of_the_warplanes(extract: Any) -> None:
    """A car bomb is no weapon of the warplanes' kind: its attackers are the article's car
    bombers (kg/extract/unnamed_attackers.py), never the army named before."""
    found = triples(
        extract(
            _SUDAN + "A car bomb hit the village of Kauda, killing five people.",
            published="2015-05-20",
        )
    )
    strikers = {s for s, p, o in found if p == "attacked" and o == "Kauda"}
    assert strikers == {"car bombers"}
