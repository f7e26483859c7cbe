"""Attacks whose agent the article never names (gen34, kg/extract/unnamed_attackers.py): a
violent verb of manner in the passive with a named person as victim and no doer in the sentence
-> the article's "unidentified attackers" attacked the person. Sentences of our own about actors
that are neither the seed's nor the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

LABEL = "unidentified attackers"

# (sentence, victim, place or None)
UNNAMED = [
    ("The lawyer Maria Lopez was shot dead in Tijuana on Friday.", "Maria Lopez", "Tijuana"),
    ("Opposition politician Juma Obura was gunned down in Kisumu.", "Juma Obura", "Kisumu"),
    (
        "The journalist Karim Osman was hacked to death in Chittagong on Tuesday.",
        "Karim Osman",
        "Chittagong",
    ),
    # the place in apposition to a common noun
    (
        "The journalist Karim Osman was hacked to death in the capital Dhaka.",
        "Karim Osman",
        "Dhaka",
    ),
    ("Mayor Luis Ortega was assassinated outside his home in Acapulco.", "Luis Ortega", None),
    # a relative clause on the victim's name
    (
        "Juma Obura, who was shot dead in Kisumu on Monday, had criticised the government.",
        "Juma Obura",
        "Kisumu",
    ),
    # a relative clause on a person named in apposition, in a sentence with another agent
    (
        "The report was written by Omar Sayed, a lawyer who was later stabbed to death in Cairo.",
        "Omar Sayed",
        "Cairo",
    ),
    # reported by somebody who is not the doer
    ("Police said Pedro Alvarez was stabbed near a market in Oaxaca.", "Pedro Alvarez", None),
    # the attack is the main clause; the time clause is another event's
    (
        "Maria Lopez was shot dead in Tijuana after she left a court hearing.",
        "Maria Lopez",
        "Tijuana",
    ),
]

# sentences with a violent word where no unidentified attackers are to be made
NOT_UNNAMED = [
    # a doer is named in the sentence
    "Juma Obura was shot dead by police in Kisumu.",
    # denied and hypothetical
    "Juma Obura was not stabbed in Kisumu.",
    "Juma Obura could be assassinated if he returns to Kisumu.",
    # killing in general (accidents, clashes) and executions are no manner of assault
    "Juma Obura was killed in a car crash in Kisumu.",
    "Juma Obura was hanged in Kisumu after a court convicted him.",
    # no person shot
    "The photos were shot in Kisumu.",
    # the attack only times another event: the article tells it, with its doer, elsewhere
    "Riots broke out in Kisumu after Juma Obura was shot dead.",
    "The gunman wounded two guards before Pedro Alvarez was shot and killed in Oaxaca.",
    "Her family fled to Tijuana after Maria Lopez was stabbed.",
]


def _unnamed(graph: Any) -> list[Any]:
    return [
        c
        for c in graph.claims
        if c.predicate.value == "attacked" and graph.entities[c.subject].label == LABEL
    ]


@pytest.mark.parametrize(("text", "victim", "place"), UNNAMED)
def test_gen34_agentless_violence_has_unidentified_attackers(
    extract: Any, text: str, victim: str, place: str | None
) -> None:
    """A named person shot, hacked, stabbed or assassinated by nobody named: the article's
    unidentified attackers (a Group) attacked the person, where the verb says."""
    graph = extract(text)
    found = claims_between(graph, LABEL, "attacked", victim)
    assert found, [(graph.entities[c.subject].label, c.predicate.value) for c in graph.claims]
    assert {c.qualifiers.status.value for c in found} == {"occurred"}
    assert graph.entities[found[0].subject].type.value == "Group"
    if place is not None:
        assert {c.qualifiers.place for c in found} == {place}


@pytest.mark.parametrize("text", NOT_UNNAMED)
def test_gen34_no_unidentified_attackers(extract: Any, text: str) -> None:
    """A doer named, a denial or hypothesis, a death of no violent manner: none."""
    assert not _unnamed(extract(text))


def test_gen34_one_group_per_article(extract: Any) -> None:
    """Two victims of one article share the article's one group; another article has its own."""
    graph = extract(
        "The activist Nadia Farouk was shot dead in Alexandria. "
        "Days later the lawyer Samir Habib was stabbed to death in Alexandria."
    )
    subjects = {c.subject for c in _unnamed(graph)}
    assert len(subjects) == 1
    assert {graph.entities[c.object].label for c in _unnamed(graph)} == {
        "Nadia Farouk",
        "Samir Habib",
    }
    two = extract(
        "The activist Nadia Farouk was shot dead in Alexandria.",
        "The lawyer Samir Habib was stabbed to death in Tanta.",
    )
    assert len({c.subject for c in _unnamed(two)}) == 2


# (sentence, label of the described doers, victim): doers told only by a description
DESCRIBED = [
    ("A masked gang stabbed the lawyer Pedro Alvarez in Oaxaca.", "masked gang", "Pedro Alvarez"),
    (
        "Blogger Tariq Mahmud was hacked to death in Karachi by three men.",
        "three men",
        "Tariq Mahmud",
    ),
    (
        "The activist Nadia Farouk was shot dead by a masked gunman in Alexandria.",
        "masked gunman",
        "Nadia Farouk",
    ),
]

# a described doer that is no attacker's description, or a named doer: no group made
NOT_DESCRIBED = [
    ("The man stabbed the bread with a knife.", "man"),
    ("Juma Obura was shot dead by police in Kisumu.", "police"),
]


@pytest.mark.parametrize(("text", "doer", "victim"), DESCRIBED)
def test_gen34_described_doers_are_a_group(extract: Any, text: str, doer: str, victim: str) -> None:
    """A doer told only by a description of attackers ("a masked gang", "three men") of a
    violent verb of manner is a group of its article, labelled by its noun and modifiers."""
    graph = extract(text)
    found = claims_between(graph, doer, "attacked", victim)
    assert found, [(graph.entities[c.subject].label, c.predicate.value) for c in graph.claims]
    assert graph.entities[found[0].subject].type.value == "Group"
    assert not _unnamed(graph)


@pytest.mark.parametrize(("text", "doer"), NOT_DESCRIBED)
def test_gen34_no_described_group(extract: Any, text: str, doer: str) -> None:
    """No person harmed, or a doer named: no group labelled by the doer's noun."""
    graph = extract(text)
    assert not any(e.label == doer for e in graph.entities.values())
    assert not _unnamed(graph)
