"""Event recall on unseen wire news: constructions and parser slips of the small model that
journalists' sentences meet everywhere. Sentences are about other actors than the seed's and
the benchmark's, run through the real pinned model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between

# (sentence, subject, predicate, object): the model reads the past verb as its object's
# modifier ("seized/amod towns") and still hangs the subject on it
MISREAD_VERBS = [
    (
        "ISIL seized towns and cities in central Libya last year and have since expanded "
        "their territory.",
        "Islamic State",
        "attacked",
        "Libya",
    ),
    (
        "Families fled their homes after ISIL seized parts of eastern Syria.",
        "Islamic State",
        "attacked",
        "Syria",
    ),
    (
        "Families fled their homes after ISIL captured parts of Sirte.",
        "Islamic State",
        "attacked",
        "Sirte",
    ),
]


@pytest.mark.parametrize(("text", "subject", "predicate", "obj"), MISREAD_VERBS)
def test_interactions_verb_misread_as_modifier_keeps_its_object(
    extract: Any, text: str, subject: str, predicate: str, obj: str
) -> None:
    """A past verb parsed as the modifier of its object noun, with its own subject, acts on it."""
    graph = extract(text)
    assert claims_between(graph, subject, predicate, obj)


def test_interactions_participle_modifier_stays_a_state(extract: Any) -> None:
    """ "the occupied territories" (a modifier with no subject of its own) is no seizure."""
    graph = extract("Egypt hosted talks on the occupied territories in Cairo on Monday.")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]


# (sentence, reproacher, reproached): a demand that the addressee stop, undo or leave
REPROACHES = [
    ("The EU pressed Belarus to release political prisoners.", "European Union", "Belarus"),
    (
        "The Security Council called on the rebels to withdraw from Goma.",
        "Security Council",
        "rebels",
    ),
    (
        "Washington urged Moscow to stop arming the separatists.",
        "United States",
        "Russia",
    ),
    (
        "Before the hearing, Amnesty International called on Bahrain to release Nabeel "
        "Rajab, who it deemed a prisoner of conscience.",
        "Amnesty International",
        "Bahrain",
    ),
    (
        "The opposition demanded the resignation of Prime Minister Nawaz Sharif.",
        "opposition",
        "Nawaz Sharif",
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj"), REPROACHES)
def test_reproaches_demand_to_undo_criticizes_the_addressee(
    extract: Any, text: str, subject: str, obj: str
) -> None:
    """ "called on X to release/withdraw/stop ...", "demanded X's resignation": X criticized."""
    graph = extract(text)
    found = claims_between(graph, subject, "criticized", obj)
    assert found
    assert {c.qualifiers.status.value for c in found} == {"occurred"}


# (sentence, requester, addressee): asked to act, give or relieve a plight, not to undo
NO_REPROACHES = [
    ("Kenya urged Somalia to hold elections.", "Kenya", "Somalia"),
    ("Oxfam urged Britain to release more aid for Syrian refugees.", "Oxfam", "United Kingdom"),
    (
        "Ban Ki-moon called on the European Union to end the suffering of migrants.",
        "Ban Ki-moon",
        "European Union",
    ),
]


@pytest.mark.parametrize(("text", "subject", "obj"), NO_REPROACHES)
def test_reproaches_demand_to_act_is_no_reproach(
    extract: Any, text: str, subject: str, obj: str
) -> None:
    """ "urged X to hold elections / release aid / end the suffering": a request, no criticism."""
    graph = extract(text)
    assert claims_between(graph, subject, "requested", obj)
    assert not claims_between(graph, subject, "criticized", obj)


# (sentence, attacker, place): an attack noun as the subject of "hit"/"strike"
STRIKES_ON_PLACES = [
    ("Israeli air strikes hit Gaza on Tuesday.", "Israel", "Gaza"),
    ("Saudi-led air strikes hit Aden on Tuesday.", "Saudi Arabia", "Aden"),
    ("US-led air strikes hit Raqqa on Tuesday.", "United States", "Raqqa"),
]


@pytest.mark.parametrize(("text", "attacker", "place"), STRIKES_ON_PLACES)
def test_assaults_attack_noun_subject_hits_a_place(
    extract: Any, text: str, attacker: str, place: str
) -> None:
    """ "Israeli / Saudi-led air strikes hit PLACE": whose strikes they are attacked the place."""
    graph = extract(text)
    assert claims_between(graph, attacker, "attacked", place)


def test_assaults_disaster_hitting_a_place_is_no_attack(extract: Any) -> None:
    """ "Heavy rains hit Nepal": no attack noun, no owner, no attack."""
    graph = extract("Heavy rains hit Nepal on Tuesday.")
    assert not [c for c in graph.claims if c.predicate.value == "attacked"]


def test_interactions_traded_fire_is_a_mutual_attack(extract: Any) -> None:
    """ "A and B traded fire": each side attacked the other (no object needed)."""
    graph = extract("Indian and Pakistani troops traded fire across the Line of Control on Monday.")
    found = claims_between(graph, "Pakistani troops", "attacked", "Indian troops")
    found += claims_between(graph, "Indian troops", "attacked", "Pakistani troops")
    assert found


def test_interactions_opened_fire_is_no_mutual_attack(extract: Any) -> None:
    """ "A and B opened fire on C" attacks C; A and B do not attack each other."""
    graph = extract("Indian and Afghan troops opened fire on Taliban fighters on Monday.")
    assert not claims_between(graph, "Indian troops", "attacked", "Afghan troops")
    assert not claims_between(graph, "Afghan troops", "attacked", "Indian troops")
