""" "The party", "the front", "the bloc" -> the one body named just before as a subject whose
name ends in the noun, or that the table names for it (kg/extract/named_heads.py
``link_named_heads``). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

KEPT = [
    (
        "The Labour Party held a rally in Leeds on Monday. The party criticised Prime "
        "Minister David Cameron.",
        ("Labour Party", "criticized", "David Cameron"),
    ),
    (
        "The Nusra Front seized Idlib on Monday. The front later attacked Syrian troops.",
        ("Nusra Front", "attacked", "Syrian troops"),
    ),
    (
        "The European Union imposed sanctions on Russia on Monday. The bloc also criticised Iran.",
        ("European Union", "criticized", "Iran"),
    ),
    # "the group" for a named organisation (not a group) the nominal rules leave
    (
        "Amnesty International said the Kenyan army should end its abuses. The group also "
        "accused the Kenyan police of torture.",
        ("Amnesty International", "criticized", "Kenyan police"),
    ),
]

REMOVED = [
    # a modifier names another one
    (
        "The Labour Party held a rally in Leeds on Monday. The ruling party criticised the unions.",
        ("Labour Party", "criticized", "unions"),
    ),
    # two organisations named before: no guess
    (
        "Amnesty International and Oxfam said the Kenyan army should end its abuses. The "
        "group also accused the Kenyan police of torture.",
        ("Amnesty International", "criticized", "Kenyan police"),
    ),
    # the body was named only as an object, not carried on as the topic
    (
        "Nick Clegg lost his seat to the Scottish National Party. The party's leader, "
        "Tim Farron, criticised David Cameron.",
        ("Tim Farron", "leader_of", "Scottish National Party"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_coref_named_heads_link_the_body_named_before(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A bare "the party" stands for the party just named as a subject."""
    check_kept_removed(extract(text), kept, removed)
