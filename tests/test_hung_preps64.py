"""A verb trigger that needs its preposition ("discuss ... with", negotiated_with; "agree ...
with", "coordinate ... with") whose preposition the parser hangs on the verb's common-noun
object: "discussed the ceasefire with X" (kg/lexicon.py ``_has_prep``, kg/extract/
interactions.py ``_hung_on_object``). The party after the preposition is the verb's; a
"with" that names no actor ("a plan with three stages") makes no claim. Sentences of our
own about other actors than the article that showed the miss."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    (
        "Frank-Walter Steinmeier discussed the ceasefire with Mohammad Javad Zarif.",
        ("Frank-Walter Steinmeier", "negotiated_with", "Mohammad Javad Zarif"),
    ),
    (
        "The Turkish government discussed ways with Iraq to end the crisis.",
        ("Iraq", "negotiated_with", "Turkish government"),
    ),
    ("Germany agreed a plan with France.", ("France", "agreed_with", "Germany")),
    (
        "Sergei Shoigu coordinated the strikes with Syria.",
        ("Sergei Shoigu", "cooperated_with", "Syria"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FOUND)
def test_hung_preps_party_on_object(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """The verb's preposition hung on its object still names the verb's party."""
    found = triples(extract(text, published="2015-05-10"))
    assert triple in found, found


NO_CLAIM = [
    "Barack Obama discussed a plan with three stages.",
    "The ministers discussed the ceasefire with great care.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_hung_preps_no_actor_no_claim(extract: Any, text: str) -> None:
    """A "with" that names no actor (a property or a manner) makes no claim."""
    found = triples(extract(text, published="2015-05-10"))
    assert not {t for t in found if t[1] in ("negotiated_with", "agreed_with")}, found
