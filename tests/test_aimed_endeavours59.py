"""What an endeavour is aimed at ("an offensive aimed at retaking Ramadi", "a campaign aimed
at driving X out": kg/extract/interactions.py ``_aimed_endeavour``, cues.json
``endeavour_nouns.aim_participles``) is its owner's act, as its "to" clause is, with the
endeavour's own status (``qualifiers.endeavour_aim``): launched, it took place; planned or
to be launched, it is planned."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    (
        "Kurdish fighters launched an offensive aimed at retaking Tal Abyad on Monday.",
        ("Kurdish fighters", "attacked", "Tal Abyad"),
        ("occurred", "2015-05-11"),
    ),
    (
        "Kenya launched a campaign aimed at driving al-Shabab out of Somalia.",
        ("Kenya", "attacked", "al-Shabab"),
        ("occurred", None),
    ),
    (
        "The European Union launched a naval operation aimed at fighting people smugglers.",
        ("European Union", "attacked", "people smugglers"),
        ("occurred", None),
    ),
    (
        "Afghan troops took part in a planned offensive aimed at retaking Kunduz.",
        ("Afghan troops", "attacked", "Kunduz"),
        ("planned", None),
    ),
    (
        "Iraqi forces will launch an offensive aimed at retaking Fallujah.",
        ("Iraqi forces", "attacked", "Fallujah"),
        ("planned", None),
    ),
]


@pytest.mark.parametrize(("text", "triple", "qualified"), FIRES)
def test_aimed_endeavours_attacked(
    extract: Any, text: str, triple: tuple[str, str, str], qualified: tuple[str, str | None]
) -> None:
    """The owner of the endeavour does what it is aimed at, with the endeavour's status and
    date."""
    graph = extract(text, published="2015-05-15")
    assert triple in triples(graph), triples(graph)
    got = {
        (r.qualifiers.status.value, r.qualifiers.date)
        for r in graph.claims
        if r.object is not None
        and (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label)
        == triple
    }
    assert got == {qualified}


NO_CLAIM = [
    # an aim of something that is no endeavour noun
    "The minister gave a speech aimed at attacking the opposition's budget.",
    # a report aimed at a goal reports; it attacks no one
    "Amnesty published a report aimed at exposing abuses by Egyptian police.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_aimed_endeavours_no_claim(extract: Any, text: str) -> None:
    """The aim of a speech or a report is no one's attack."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[1] == "attacked"}, found
