"""Reactions to a court's punishment or a release told before (probeC66): "X denounced the
conviction", "Y condemned the sentence", "Z welcomed the release" -> X and Y criticized,
Z supported, the doer of the act the article told (``event_anaphora`` of cues.json,
kg/extract/event_coref.py ``_reactions``). A release with a complement of its own ("the
release of the report") is no captive's; nothing told before, nothing claimed. Sentences
of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "A Russian court convicted activist Ildar Dadin on Monday. "
            "Amnesty International denounced the conviction.",
            ("Amnesty International", "criticized", "Russian court"),
        ),
        (
            "A Saudi court sentenced blogger Raif Badawi to 1,000 lashes. "
            "Germany condemned the sentence.",
            ("Germany", "criticized", "Saudi court"),
        ),
        (
            "Cuban authorities released dissident Jose Daniel Ferrer on Friday. "
            "The Vatican welcomed the release.",
            ("Vatican", "supported", "Cuban authorities"),
        ),
    ],
)
def test_reaction66_reaction_to_a_told_act_is_aimed_at_its_doer(
    extract: Any, text: str, kept: Triple
) -> None:
    assert kept in triples(extract(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Myanmar's government released activist Min Ko Naing. "
            "The European Union welcomed the release of the report.",
            ("European Union", "supported", "Myanmar's government"),
        ),
        (
            "Norway welcomed the release. Cuban authorities released dissident Jose Daniel Ferrer.",
            ("Norway", "supported", "Cuban authorities"),
        ),
    ],
)
def test_reaction66_no_told_act_no_reaction(extract: Any, text: str, absent: Triple) -> None:
    assert absent not in triples(extract(text))
