"""The other side of a game a team plays, hosts or beats "in" a town plays there and is not
based there, in any article (``contest_sides`` of cues.json: kg/extract/bases.py
``_contest_side``); a body a bare "in" places with no such verb is still located there."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

SIDES = [
    (
        "The Golden State Warriors will host the Cleveland Cavaliers in Oakland on Thursday.",
        "Cleveland Cavaliers",
    ),
    ("The Boston Red Sox will face the New York Yankees in Boston on Friday.", "New York Yankees"),
    ("Arsenal will play Chelsea FC in London on Sunday.", "Chelsea FC"),
    ("The Denver Broncos beat the Seattle Seahawks in Denver.", "Seattle Seahawks"),
    # the object of the verb's preposition
    ("The Toronto Raptors lost to the Atlanta Hawks in Atlanta.", "Atlanta Hawks"),
    # a country's national team, a plural pronoun
    ("Brazil will face Chelsea FC in London on Sunday.", "Chelsea FC"),
    (
        "The Chicago Bulls lost twice in March. They will face the Boston Celtics in Boston.",
        "Boston Celtics",
    ),
]


@pytest.mark.parametrize(("text", "side"), SIDES)
def test_contest_sides_not_located(extract: Any, text: str, side: str) -> None:
    """A side played "in" a town is not located_in it."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[0] == side and t[1] == "located_in"}, found


BASED = [
    ("Drexel Burnham Lambert Inc. in New York hired 200 bankers.", "Drexel Burnham Lambert Inc."),
    # a visit is no game, whoever pays it: the body visited stays in its town
    ("Barack Obama visited Acme Corp. in Boston.", "Acme Corp."),
    ("The engineers visited Acme Corp. in Boston on Friday.", "Acme Corp."),
    # a person or a group of people met or beat is no side
    ("The inspectors met Siemens AG in Munich on Tuesday.", "Siemens AG"),
]


@pytest.mark.parametrize(("text", "org"), BASED)
def test_contest_sides_body_still_located(extract: Any, text: str, org: str) -> None:
    """With no verb of playing, or people as the verb's subject, "in" still places a body."""
    found = {t for t in triples(extract(text, published="2015-05-15")) if t[1] == "located_in"}
    assert {t[0] for t in found} == {org}, found
