"""Places fallen with no taker written (hard47).

"the fall of Ramadi", "the loss of Palmyra", "when Ramadi fell": the article's one armed
group took the place (kg/extract/fallen_places.py). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]

_TALIBAN = "The Taliban has grown stronger in the north. The Taliban said its fighters were ready. "
_TALIBAN_END = " The Taliban raised its flag on Tuesday."
_SHABAB = "Al-Shabab has grown stronger in the south. Al-Shabab said its fighters were ready. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _TALIBAN + "The fall of Kunduz shocked the government." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            _TALIBAN + "There was a new governor in Kabul when Kunduz fell." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            _TALIBAN + "Officials called the capture of Kunduz a blow." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        # a rebel group the article is about before militias of unknown side
        (
            "The Taliban has grown stronger in the north. Local militias said they were ready. "
            "The Taliban said its fighters were ready. The militias fought on. The militias were "
            "tired. The fall of Kunduz shocked the government." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            _SHABAB + "The loss of Mogadishu stunned the army. Al-Shabab fighters cheered.",
            ("al-Shabab", "attacked", "Mogadishu"),
        ),
        # a day of this week dates the article's own fall, not history
        (
            _SHABAB + "Officials downplayed the fall of Mogadishu on Sunday. Al-Shabab fighters "
            "cheered.",
            ("al-Shabab", "attacked", "Mogadishu"),
        ),
    ],
)
def test_fallen_places_taken_by_the_armed_group(extract: Any, text: str, expected: Triple) -> None:
    """A place fallen or lost with no taker written was taken by the article's armed group."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        # a fall kept off, or still to come, has not happened
        (
            _TALIBAN + "The army fought to prevent the fall of Kunduz." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        (
            _TALIBAN + "The fall of Kunduz would be a disaster, officials said." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        # what fell is no place
        (
            _TALIBAN + "Prices in Kunduz fell sharply." + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        # a taker written in the phrase, even one that is no actor: not the article's group
        (
            _TALIBAN
            + "Floods hit the north on Monday. The fall of Kunduz to the river shocked officials."
            + _TALIBAN_END,
            ("Taliban", "attacked", "Kunduz"),
        ),
        # a second armed group named more than half as often: no one taker
        (
            "The Taliban and Islamic State have grown stronger in the north. The Taliban and "
            "Islamic State said their fighters were ready. The fall of Kunduz shocked the "
            "government. The Taliban and Islamic State raised their flags. The Taliban fought on.",
            ("Islamic State", "attacked", "Kunduz"),
        ),
        # two armed groups named alike: no one taker
        (
            "The Taliban and the Haqqani network have grown stronger. The Taliban and the "
            "Haqqani network said their fighters were ready. The fall of Kunduz shocked the "
            "government. The Taliban and the Haqqani network raised their flags.",
            ("Taliban", "attacked", "Kunduz"),
        ),
        # the taker written outside the noun's phrase: the clause's subject, or "from" the loser
        (
            _SHABAB + "Kenyan forces completed the capture of Kismayo last month. Al-Shabab "
            "fighters cheered.",
            ("al-Shabab", "attacked", "Kismayo"),
        ),
        (
            _SHABAB + "Officials hailed the capture of Mogadishu from the group. Al-Shabab "
            "fighters cheered.",
            ("al-Shabab", "attacked", "Mogadishu"),
        ),
        # a fall dated in an earlier year is history, not the article's event
        (
            _SHABAB + "Critics compared the scenes to the fall of Mogadishu in 1991. Al-Shabab "
            "fighters cheered.",
            ("al-Shabab", "attacked", "Mogadishu"),
        ),
    ],
)
def test_fallen_places_no_taker(extract: Any, text: str, unexpected: Triple) -> None:
    """No claim for a fall averted or to come, a thing that is no place, no one armed group,
    a taker or loser written outside the phrase, or a fall dated in an earlier year."""
    assert unexpected not in triples(extract(text, published="2015-06-10"))


def test_fallen_places_fall_noun_occurred(extract: Any) -> None:
    """A fall noun tells a fall that happened, whatever the clause around it says of it."""
    graph = extract(
        _TALIBAN + "Officials downplayed the fall of Kunduz on Monday." + _TALIBAN_END,
        published="2015-06-10",
    )
    statuses = {
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == "Taliban"
        and graph.entities[r.object].label == "Kunduz"
    }
    assert statuses == {"occurred"}
