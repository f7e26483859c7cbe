"""Criticism read from a call to stand against an actor (crit50).

A speaker who urges someone named to confront, resist, oppose, fight, condemn, boycott or
isolate an actor finds that actor at fault (kg/extract/urged_acts.py, ``standing`` of
``urged_acts`` in cues.json); a request with no one asked (a headline's "militias asked to
fight X") criticises no one. Sentences of our own.
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
            "Raila Odinga had also called for Kenya's Muslims to confront the al-Shabab fighters.",
            ("Raila Odinga", "criticized", "al-Shabab"),
        ),
        (
            "Raila Odinga urged Kenyans to resist the Jubilee government.",
            ("Raila Odinga", "criticized", "Jubilee"),
        ),
        (
            "Raila Odinga urged Kenyans to oppose President Uhuru Kenyatta.",
            ("Raila Odinga", "criticized", "Uhuru Kenyatta"),
        ),
    ],
)
def test_urged_acts_a_call_to_stand_against_criticises(
    extract: Any, text: str, expected: Triple
) -> None:
    """Urging someone named to stand against an actor criticises that actor."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # no one is asked: the headline's militias are the asked, not the askers
        ("Iraq's Shia militias asked to fight ISIL in Ramadi", ("Shia militias", "criticized")),
        # a call to back an actor is no criticism of it
        (
            "Raila Odinga urged Kenyans to support the Jubilee government.",
            ("Raila Odinga", "criticized"),
        ),
    ],
)
def test_urged_acts_no_asker_or_no_stand_criticises_no_one(
    extract: Any, text: str, wrong: tuple[str, str]
) -> None:
    """A request with no one asked, or a call to back an actor, criticises no one."""
    assert not [t for t in triples(extract(text, published="2015-06-10")) if t[:2] == wrong]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Kenyan Football Federation will not bid for any events until there is reform "
            "at CAF.",
            ("Kenyan Football Federation", "criticized", "CAF"),
        ),
        (
            "Protesters said they will not leave the streets until Pierre Nkurunziza withdraws "
            "his candidacy.",
            ("Protesters", "criticized", "Pierre Nkurunziza"),
        ),
        (
            "The Dutch Football Association is refusing to host any events until there is "
            "systemic change at the governing body UEFA.",
            ("Dutch Football Association", "criticized", "UEFA"),
        ),
        (
            "Kenya will not accept the deal until Uganda withdraws it.",
            ("Kenya", "criticized", "Uganda"),
        ),
    ],
)
def test_conditions_a_refusal_until_an_actor_mends_criticises(
    extract: Any, text: str, expected: Triple
) -> None:
    """Holding back until an actor mends (or changes) finds that actor at fault."""
    assert expected in triples(extract(text, published="2015-06-10"))


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # nothing is refused: a plain "until" is only a time
        ("Kenya will accept the deal until Uganda withdraws it.", "Kenya"),
        # no actor must mend: the condition is a thing done
        ("Amnesty International will not rest until every prisoner is freed.", "Amnesty"),
        # the actor's act is no mending ("signs it")
        ("Kenya will not accept the deal until Uganda signs it.", "Kenya"),
    ],
)
def test_conditions_no_refusal_or_no_mending_criticises_no_one(
    extract: Any, text: str, wrong: str
) -> None:
    """A condition with no refusal, no actor to mend, or no mending verb criticises no one."""
    graph = extract(text, published="2015-06-10")
    assert not [t for t in triples(graph) if t[1] == "criticized" and t[0].startswith(wrong)]
