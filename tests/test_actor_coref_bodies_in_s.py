""" "Hamas rejected the offer. It accused Israel ...": a proper name ending in "s" of one
organisation, whose verb gives it no number, is taken up by "it"/"its" as by "they"
(kg/extract/actor_coref.py ``_body_in_s``); a people's name ("the Houthis", a Group node)
or a name the text makes plural ("Hamas were") is not an "it". Sentences of our own about
actors that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    (
        "The United Nations condemned the raid on Tuesday. It accused the Houthis of "
        "shelling the port of Aden.",
        ("United Nations", "criticized", "Houthis"),
    ),
    (
        "Hamas rejected the truce proposal on Sunday. It accused Israel of violating the "
        "ceasefire.",
        ("Hamas", "criticized", "Israel"),
    ),
    (
        "Hamas rejected the offer on Sunday. Its leader Ahmed Karimi said the movement "
        "would not disarm.",
        ("Ahmed Karimi", "leader_of", "Hamas"),
    ),
]

REMOVED = [
    # a people's name stays plural: "it" is not the Houthis
    (
        "The Houthis seized the port on Monday. It accused Saudi Arabia of bombing civilians.",
        ("Houthis", "criticized", "Saudi Arabia"),
    ),
    # the text makes the name plural: no "it" for it
    (
        "Hamas were divided over the offer on Sunday. It accused Israel of violating the "
        "ceasefire.",
        ("Hamas", "criticized", "Israel"),
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_actor_coref_body_named_in_s(
    extract: Any,
    sentence: str,
    kept: tuple[str, str, str] | None,
    removed: tuple[str, str, str] | None,
) -> None:
    """ "It"/"its" after an organisation's name in "s" is that organisation."""
    check_kept_removed(extract(sentence), kept, removed)
