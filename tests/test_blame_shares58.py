"""Blame laid with a light verb in forms the trigger lexicon missed: a share of the blame
("directed some of the blame on X": ``kg.lexicon.light_verb`` passes a partitive
determiner), blame aimed "at" someone, and the owner's role group that receives it ("put
the blame on Chile's neighbours": ``kg.resolve.people`` makes the group a node)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a share of the blame keeps the verb as the noun's light verb
    (
        "The Kenyan government put much of the blame on Somalia.",
        ("Kenyan government", "criticized", "Somalia"),
    ),
    ("Ukraine laid most of the blame on Russia.", ("Ukraine", "criticized", "Russia")),
    # blame aimed "at" someone
    ("Serbia directed the blame at Kosovo.", ("Serbia", "criticized", "Kosovo")),
    # the owner's role group that the blame is put on is a group of its own
    (
        "Evo Morales put the blame on Chile's neighbours.",
        ("Evo Morales", "criticized", "Chile's neighbours"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_blame_shares_fire(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Blame laid on someone, whole or in part, criticises them."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_GROUP = [
    # the side of a bare event noun, with no light verb, is no target of one (talks are the
    # exception: their "with" names a party, tests/test_people_talk_parties.py)
    "Venezuela's quarrels with Colombia's neighbours stalled trade.",
    "Peru's festering border disputes with its neighbours may encourage Lima to act.",
]


@pytest.mark.parametrize("text", NO_GROUP)
def test_blame_shares_no_group(extract: Any, text: str) -> None:
    """A role group after a bare event noun's preposition makes no node of its own."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label for e in graph.entities.values()}
    assert not {label for label in labels if "neighbours" in label}, labels


def test_blame_shares_no_blame(extract: Any) -> None:
    """A share of something that is no event noun lays no blame."""
    found = triples(
        extract("Colombia laid some of the groundwork on Monday.", published="2015-05-15")
    )
    assert not {t for t in found if t[1] == "criticized"}, found
