"""Frames led by an adverb (place63; ``frame_preps`` in kg/data/en/cues.json,
kg/extract/interactions.py ``_leading_adverb``): "ahead of" and "prior to" frame a clause as
"before" does, so a meeting, a call or a visit after them is the clause subject's, and any
other event is not; under a passive too ("was detained after a trip to X": no harm its
subject suffered); an event noun whose phrase says it is scheduled is to come
(``scheduled_participles``, kg/extract/qualifiers.py ``_scheduled``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a meeting, talks, a call or a visit after "ahead of" or "prior to"
    (
        "Narendra Modi spoke to reporters ahead of a meeting with Shinzo Abe on Monday.",
        ("Narendra Modi", "met", "Shinzo Abe"),
    ),
    (
        "Ashraf Ghani briefed his cabinet ahead of talks with Nawaz Sharif in Islamabad.",
        ("Ashraf Ghani", "met", "Nawaz Sharif"),
    ),
    (
        "Francois Hollande spoke to reporters prior to a meeting with David Cameron.",
        ("François Hollande", "met", "David Cameron"),
    ),
    (
        "Angela Merkel spoke to reporters ahead of a phone call with Vladimir Putin.",
        ("Angela Merkel", "spoke_with", "Vladimir Putin"),
    ),
    (
        "Ban Ki-moon spoke to reporters ahead of a visit to Nepal.",
        ("Ban Ki-moon", "visited", "Nepal"),
    ),
    (
        "Prior to visiting Kenya, Barack Obama spoke to reporters in Washington.",
        ("Barack Obama", "visited", "Kenya"),
    ),
    # a frame's meeting or visit under a passive: the one the passive is about made it
    (
        "Jason Rezaian was detained after a trip to Tehran.",
        ("Jason Rezaian", "visited", "Tehran"),
    ),
    (
        "Farhad Akbari was arrested during a visit to Dubai.",
        ("Farhad Akbari", "visited", "Dubai"),
    ),
    (
        "Hamid Karzai was wounded during talks with Mullah Omar.",
        ("Hamid Karzai", "met", "Mullah Omar"),
    ),
]


def _either_way(found: set[tuple[str, str, str]], triple: tuple[str, str, str]) -> bool:
    """A meeting or a call is one claim whichever side is its subject."""
    s, p, o = triple
    return triple in found or (p in ("met", "spoke_with") and (o, p, s) in found)


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_interactions_leading_adverb_frames(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A meeting, a call or a visit in a frame ("ahead of", "prior to", "after" under a
    passive) is the clause subject's."""
    found = triples(extract(text, published="2015-05-15"))
    assert _either_way(found, triple), found


NO_CLAIM = [
    # an event with no part for the clause's subject: a time, not a deed
    (
        "Sergei Lavrov spoke to reporters ahead of the attack on Aden.",
        ("Sergei Lavrov", "attacked", "Aden"),
    ),
    (
        "Police in Nairobi arrested three men prior to the bombing of the Westgate mall.",
        ("police", "attacked", "Westgate mall"),
    ),
    # a frame's attack under a passive stays no deed of the one it is about
    (
        "Two soldiers were killed during an attack on Kabul airport.",
        ("soldiers", "attacked", "Kabul airport"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), NO_CLAIM)
def test_interactions_leading_adverb_no_deed(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """Any other event after "ahead of" or "prior to" is not the clause subject's deed."""
    found = triples(extract(text, published="2015-05-15"))
    assert {t for t in found if t[1] == triple[1] and t[2] == triple[2]} == set(), found


STATUSES = [
    # scheduled in its own phrase: to come, whatever the clause's tense
    (
        "Sergei Lavrov met Wang Yi on Sunday ahead of a meeting with John Kerry scheduled"
        " for Wednesday.",
        ("Sergei Lavrov", "John Kerry"),
        "planned",
    ),
    (
        "Sergei Lavrov met Wang Yi on Sunday ahead of a meeting with John Kerry scheduled"
        " for Wednesday.",
        ("Sergei Lavrov", "Wang Yi"),
        "occurred",
    ),
    (
        "Shinzo Abe spoke to reporters before talks with Park Geun-hye slated for June.",
        ("Shinzo Abe", "Park Geun-hye"),
        "planned",
    ),
    # no participle of scheduling: as written
    (
        "Sergei Lavrov met Wang Yi on Sunday before a meeting with John Kerry.",
        ("Sergei Lavrov", "John Kerry"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "pair", "status"), STATUSES)
def test_qualifiers_scheduled_meeting(
    extract: Any, text: str, pair: tuple[str, str], status: str
) -> None:
    """A meeting whose phrase says it is scheduled is planned; the clause's own is not."""
    graph = extract(text, published="2015-05-15")
    found = {
        (graph.entities[r.subject].label, graph.entities[r.object].label): r.qualifiers.status.value
        for r in graph.claims
        if r.predicate.value == "met" and r.object is not None
    }
    a, b = pair
    got = found.get((a, b)) or found.get((b, a))
    assert got == status, found
