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
    # an investigation blames no one for the act it looks into (grp34b)
    "Kenya investigated the massacre.",
    "Prosecutors are probing the bombings.",
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


# (sentence, target, status): a protest no one is said to hold -> the article's protesters
PROTESTED = [
    (
        "The killing will add to tensions in Togo after a month of protests against "
        "President Faure Gnassingbe.",
        "Faure Gnassingbe",
        "occurred",
    ),
    # against an act: its owner
    (
        "Children were caught up in clashes during protests against President Paul Kagame's "
        "bid for a third term.",
        "Paul Kagame",
        "occurred",
    ),
    (
        "Police banned planned protests against the Venezuelan government.",
        "Venezuelan government",
        "planned",
    ),
    ("There were no protests against President Paul Kagame.", "Paul Kagame", "denied"),
]

# a holder named (the trigger rules' claim, from the holder), or no actor protested against
NOT_PROTESTED = [
    "Students staged protests against President Nicolas Maduro in Caracas.",
    "Thousands of opposition supporters joined nationwide protests against the Kenyan government.",
    "The protests against the new tax law continued.",
    "Kenyan teachers held a rally in Nairobi on Monday.",
]


@pytest.mark.parametrize(("text", "target", "status"), PROTESTED)
def test_gen36_unheld_protest_is_protesters_criticism(
    extract: Any, text: str, target: str, status: str
) -> None:
    """A protest against an actor (or an actor's act) that no one is said to hold: the
    article's protesters (a Group) criticized the actor, occurred when the protest frames its
    clause ("after a month of protests"), planned or denied as the text says."""
    graph = extract(text)
    found = claims_between(graph, "protesters", "criticized", target)
    assert found, [
        (graph.entities[c.subject].label, c.predicate.value, graph.entities[c.object].label)
        for c in graph.claims
        if c.object is not None
    ]
    assert graph.entities[found[0].subject].type.value == "Group"
    assert {c.qualifiers.status.value for c in found} == {status}


@pytest.mark.parametrize("text", NOT_PROTESTED)
def test_gen36_no_protesters_made(extract: Any, text: str) -> None:
    """A protest whose holder is named, or against no actor: no article protesters."""
    graph = extract(text)
    assert not [
        c
        for c in graph.claims
        if c.predicate.value == "criticized" and graph.entities[c.subject].label == "protesters"
    ]


def test_gen36_protesters_one_node_with_named_protesters(extract: Any) -> None:
    """Protesters named before and an unheld protest later are one node of the article."""
    graph = extract(
        "Protesters clashed with police in Lome on Monday. After weeks of protests against "
        "President Faure Gnassingbe, the army intervened."
    )
    protesters = [e for e in graph.entities.values() if e.label.lower() == "protesters"]
    assert len(protesters) == 1
    assert claims_between(graph, protesters[0].label, "criticized", "Faure Gnassingbe")


# stances on things that are no actors, and a phrasal verb that is no support: no claim
NO_STANCE = [
    "Kenyan senators voiced support for the bill.",
    "The Chilean government backed the reform bill.",
    "Russia backed away from the gas deal with Ukraine.",
    "Critics voiced criticism of the film.",
    "The Peruvian government condemned the film.",
]


@pytest.mark.parametrize("text", NO_STANCE)
def test_gen36_no_stance_on_things(extract: Any, text: str) -> None:
    """Support of a bill, backing away from a deal, criticism of a film: no supported or
    criticized claim (the condemned-act and protest rules make no event or group of them)."""
    graph = extract(text)
    assert not [
        c
        for c in graph.claims
        if c.predicate.value in ("supported", "criticized") and c.object is not None
    ]
