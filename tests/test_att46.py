"""`attacked` misses, third pass (att46).

A group's name in front of a plain noun ("the Zetas cartel", "the Boko Haram group", "the
Jalisco New Generation drug cartel") stands for the named group, so the clause it heads has a
subject or object (kg/extract/name_heads.py ``link_name_heads``; ``name_heads`` of
kg/data/en/cues.json). A name that is also a place's ("the Tijuana cartel") names no group.
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Zetas cartel ambushed Mexican soldiers in Tamaulipas on Monday.",
            ("Zetas", "attacked", "Mexican soldiers"),
        ),
        (
            "The Boko Haram group attacked Nigerian soldiers in Borno.",
            ("Boko Haram", "attacked", "Nigerian soldiers"),
        ),
        (
            "The Zetas drug cartel attacked Mexican police in Tamaulipas.",
            ("Zetas", "attacked", "Mexican police"),
        ),
    ],
)
def test_name_heads_group_noun_is_the_named_group(
    extract: Any, text: str, expected: Triple
) -> None:
    """A plain group noun after a group's name acts as that group."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "forbidden"),
    [
        (
            "The Tijuana cartel ambushed Mexican soldiers in Sonora.",
            ("Tijuana", "attacked", "Mexican soldiers"),
        ),
        (
            "The Sinaloa cartel attacked Mexican police in Culiacan. The Sinaloa cartel has "
            "long ruled Sinaloa state.",
            ("Sinaloa", "attacked", "Mexican police"),
        ),
        (
            "Sinaloa said on Monday it would fight on. The Sinaloa cartel attacked Mexican "
            "police in Culiacan. Violence has risen in Sinaloa state.",
            ("Sinaloa", "attacked", "Mexican police"),
        ),
    ],
)
def test_name_heads_no_place_group(extract: Any, text: str, forbidden: Triple) -> None:
    """A name that is also a place's (a large city's, or one the article writes before a
    place noun) links no group noun: the place attacked no one."""
    assert forbidden not in triples(extract(text, published="2015-06-10"))
