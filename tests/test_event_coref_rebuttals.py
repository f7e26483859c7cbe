"""Rebuttals (kg/extract/event_coref.py _rebuttals): "X denied the allegations" after "Y
accused X of ..." is X criticizing Y. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

REBUTTALS = [
    # the accused denies, in the sentence after
    (
        "The opposition accused Kenya of rigging the vote on Monday. Kenya dismissed the "
        "accusations.",
        ("Kenya", "criticized", "opposition"),
    ),
    # "responded by denying": the subject of the verb the denial hangs from
    (
        "Amnesty International has accused Uganda of widespread abuses against opposition "
        "activists.\n\nUganda responded by rejecting the accusations.",
        ("Uganda", "criticized", "Amnesty International"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), REBUTTALS)
def test_event_coref_accused_who_denies_criticizes_the_accuser(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """The accused denying "the allegations" criticizes whoever made them."""
    assert expected in triples(extract(text))


def test_event_coref_denial_by_a_third_party_is_no_rebuttal(extract: Any) -> None:
    """Someone not accused who denies the allegations criticizes no one."""
    found = triples(
        extract(
            "Amnesty International has accused Uganda of widespread abuses against opposition "
            "activists. Kenya denied the allegations on Tuesday."
        )
    )
    assert ("Amnesty International", "criticized", "Uganda") in found
    assert ("Kenya", "criticized", "Amnesty International") not in found


@pytest.mark.parametrize(("determiners", "definite"), [(["the", "these"], True), (["this"], False)])
def test_event_coref_definite_determiners_are_data(
    nlp: Any, determiners: list[str], definite: bool
) -> None:
    """The determiners that make an event noun refer back come from ``act_antecedents`` of
    cues.json."""
    from types import SimpleNamespace

    from kg.extract.event_coref import _definite

    ctx = SimpleNamespace(cues={"act_antecedents": {"determiners": determiners}})
    noun = next(t for t in nlp("The attack was condemned.") if t.lower_ == "attack")
    assert _definite(ctx, noun) is definite  # type: ignore[arg-type]
