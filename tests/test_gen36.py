"""Condemned acts whose doer the sentence does not name (gen36, kg/extract/condemned_acts.py): a
critical verb ("condemned", "denounced") or a naming verb with a disparaging verdict ("called
the bombings an 'evil act'") whose object is a violent act with no doer -> the speaker
criticized the act, an Event node of its article. Sentences of our own about actors that are
neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, speaker, event label, status)
CONDEMNED = [
    (
        "The Chilean government immediately condemned the bombings.",
        "Chilean government",
        "bombings",
        "occurred",
    ),
    (
        "The attacks, which Norway condemned on Monday, killed 20 people.",
        "Norway",
        "attacks",
        "occurred",
    ),
    ('Hamas called the shooting a "cowardly" act.', "Hamas", "shooting", "occurred"),
    ('The Taliban called the bombings an "evil act".', "Taliban", "bombings", "occurred"),
    (
        "Amnesty International denounced the twin bomb attacks in Peshawar.",
        "Amnesty International",
        "twin bomb attacks",
        "occurred",
    ),
    # negated: a refusal to condemn is denied
    ("The Kenyan government did not condemn the attack.", "Kenyan government", "attack", "denied"),
    # the quoted speaker of a first-person condemnation
    (
        '"I strongly condemn this attack," Bachelet told reporters in Santiago.',
        "Bachelet",
        "attack",
        "occurred",
    ),
]

# a doer named, an object that is no violent act, a verb that is no criticism: no event made
NOT_CONDEMNED = [
    "Turkey condemned the attacks by the Libyan army on a Turkish ship.",
    "The government condemned Israel's raid on the flotilla.",
    "Critics condemned the film.",
    "The senators condemned the bill.",
    "The police investigated the shooting.",
    "The Taliban called the bombings a turning point.",
    "Witnesses described the attack in detail.",
]


def _events(graph: Any) -> list[Any]:
    return [
        c
        for c in graph.claims
        if c.predicate.value == "criticized"
        and c.object is not None
        and graph.entities[c.object].type.value == "Event"
    ]


@pytest.mark.parametrize(("text", "speaker", "event", "status"), CONDEMNED)
def test_gen36_condemned_act_is_criticized_event(
    extract: Any, text: str, speaker: str, event: str, status: str
) -> None:
    """A violent act condemned with no doer named: the speaker criticized the act, an Event
    node labelled by the act's phrase, with the status the verb takes."""
    graph = extract(text)
    found = claims_between(graph, speaker, "criticized", event)
    assert found, [
        (graph.entities[c.subject].label, c.predicate.value, graph.entities[c.object].label)
        for c in graph.claims
        if c.object is not None
    ]
    assert graph.entities[found[0].object].type.value == "Event"
    assert {c.qualifiers.status.value for c in found} == {status}


@pytest.mark.parametrize("text", NOT_CONDEMNED)
def test_gen36_no_condemned_event(extract: Any, text: str) -> None:
    """A named doer, an object that is no violent act, a verb of no criticism: no event."""
    assert not _events(extract(text))


def test_gen36_demonstrative_refers_to_condemned_act(extract: Any) -> None:
    """ "this attack" after a condemnation of "the bombings" is the same act (one node)."""
    graph = extract(
        "The Peruvian government condemned the bombings. "
        '"I strongly condemn this attack," Boluarte told reporters in Lima.'
    )
    objects = {graph.entities[c.object].label for c in _events(graph)}
    assert objects == {"bombings"}
    assert len(_events(graph)) == 2


def test_gen36_event_nodes_per_article(extract: Any) -> None:
    """Two articles that condemn "the bombings" make one event node each, not one shared."""
    graph = extract(
        "The Chilean government condemned the bombings.",
        "The Peruvian government condemned the bombings.",
    )
    assert len({c.object for c in _events(graph)}) == 2
