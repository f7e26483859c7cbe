"""Event coreference (kg/extract/event_coref.py): a role now and the name later, and event
nouns that refer back to an event already named. Real model, actors of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

NAMED_LATER = [
    (
        "The Taliban have shot dead the head of a charity in eastern Afghanistan. Officials "
        "confirmed that Ahmad Wali was killed as he left his office in Jalalabad on Monday.",
        ("Taliban", "attacked", "Ahmad Wali"),
    ),
    (
        "Iran has executed its former nuclear negotiator on spying charges. The execution "
        "drew criticism abroad. Officials said that Reza Hosseini was executed at dawn.",
        ("Iran", "attacked", "Reza Hosseini"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED_LATER)
def test_event_coref_names_the_patient_later(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """An unnamed role undergoing an event is the person first named undergoing it later."""
    assert expected in triples(extract(text))


NOT_NAMED_LATER = [
    # another kind of event: the official arrested is not the man elected
    "Bolivia has arrested a senior official. Carlos Mesa was elected president of the senate.",
    # the later person was named before: not a new telling of the patient
    "Carlos Mesa spoke on Monday. Bolivia has detained a senior official. Carlos Mesa was "
    "detained later, police said.",
]


@pytest.mark.parametrize("text", NOT_NAMED_LATER)
def test_event_coref_leaves_other_events_alone(extract: Any, text: str) -> None:
    """A person named later in another kind of event, or named before, is not the role."""
    assert not any(o == "Carlos Mesa" for _, _, o in triples(extract(text)))


JOINED = [
    (
        "Senior Chinese diplomats met representatives of the Taliban in Doha last week. The "
        "meeting was led by Chinese Vice Foreign Minister Sun Weidong, the ministry said.",
        ("Sun Weidong", "met", "Taliban"),
    ),
    (
        "Japanese diplomats held talks with North Korean officials in Beijing last month. "
        "Japanese Deputy Foreign Minister Kenji Sato led the talks, officials said.",
        ("Kenji Sato", "met", "North Korean officials"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_event_coref_leader_of_a_meeting_meets_the_other_side(
    extract: Any, text: str, expected: tuple[str, str, str]
) -> None:
    """ "The meeting was led by Z": Z met the side of the earlier meeting that is not Z's."""
    graph = extract(text)
    found = {r for r in graph.claims if r.predicate.value == "met"}
    pairs = {(graph.entities[r.subject].label, graph.entities[r.object].label) for r in found}
    subject, _, obj = expected
    assert (subject, obj) in pairs or (obj, subject) in pairs
    # the same event: where the first telling put it
    joined = next(r for r in found if subject in {graph.entities[r.subject].label})
    assert joined.qualifiers.place is not None


def test_event_coref_outsider_joins_no_side(extract: Any) -> None:
    """An envoy of a third country attending a meeting of two others is put on no side."""
    graph = extract(
        "Indian officials met Nepalese officials in Kathmandu on Monday. The meeting was "
        "attended by Chinese envoy Wang Lin."
    )
    assert any(s == "Wang Lin" for s, _, _ in triples(graph))  # his role is read
    assert not any(s == "Wang Lin" and p == "met" for s, p, _ in triples(graph))
