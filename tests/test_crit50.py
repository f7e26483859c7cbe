"""Conditions set on an actor (crit50).

A refusal held until an actor mends ("refusing to bid until there is systemic change at
FIFA", "will not accept the deal until Uganda withdraws it") finds that actor at fault
(kg/extract/conditions.py, ``conditions`` of cues.json); a plain "until", a condition with
no actor to mend, or an act that is no mending criticises no one. Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, triples

Triple = tuple[str, str, str]


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
        (
            "Mali will not negotiate until Niger ends its crackdown.",
            ("Mali", "criticized", "Niger"),
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
        # a negated verb that withholds nothing: "not X until Y" is only a time
        ("Canada would not know the facts until the United Nations releases its report.", "Canada"),
        ("Kerry did not arrive in Kabul until the Taliban stopped the attack.", "John Kerry"),
        ("Mali could not confirm the deaths until Niger releases the bodies.", "Mali"),
        # "end"/"release" mend only an act or a captive, not a summit or a report
        ("Ghana refused to comment until the African Union ends its summit.", "Ghana"),
    ],
)
def test_conditions_no_refusal_or_no_mending_criticises_no_one(
    extract: Any, text: str, wrong: str
) -> None:
    """A condition with no refusal, no actor to mend, or no mending verb criticises no one."""
    graph = extract(text, published="2015-06-10")
    assert not [t for t in triples(graph) if t[1] == "criticized" and t[0].startswith(wrong)]


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        (
            "Kenya will not negotiate with Somalia until Hassan Sheikh Mohamud steps down.",
            ("Kenya", "criticized", "Hassan Sheikh Mohamud"),
            None,
        ),
        (
            "Kenya will not negotiate with Somalia until the United Nations steps in.",
            None,
            ("Kenya", "criticized", "United Nations"),
        ),
    ],
)
def test_conditions_a_mending_verb_needs_its_particle(
    extract: Any, text: str, expected: Triple | None, wrong: Triple | None
) -> None:
    """ "until X steps down" asks X to go; "until the UN steps in" finds no fault in the UN."""
    check_kept_removed(extract(text, published="2015-06-10"), expected, wrong)


def test_conditions_leaves_a_hold_out_to_holdouts(extract: Any, monkeypatch: Any) -> None:
    """ "will not rest until X steps down" is read once (kg/extract/holdouts.py), not twice."""
    from kg.extract import holdouts

    calls: list[int] = []
    shared = holdouts.criticise_until

    def counted(*args: Any) -> Any:
        drafts = list(shared(*args))
        calls.append(len(drafts))
        return iter(drafts)

    monkeypatch.setattr(holdouts, "criticise_until", counted)
    from kg.extract import conditions

    monkeypatch.setattr(conditions, "criticise_until", counted)
    graph = extract("Amnesty International will not rest until Hosni Mubarak steps down.")
    assert ("Amnesty International", "criticized", "Hosni Mubarak") in triples(graph)
    assert sum(calls) == 1
