"""PLOVER frames of the third round: martial law and states of emergency on a place,
parties legalised, crackdowns ended, concessions refused, forces let in, mobilised or withdrawn,
joint operations, quantities of aid, a preposition the parser hangs on the object, an
intention owned. Sentences of our own about actors that are neither the seed's nor the
benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _claims(graph: Any) -> dict[tuple[str, str, str], Any]:
    """Claims by (subject, predicate, object) label, symmetric ones under both orders."""
    found: dict[tuple[str, str, str], Any] = {}
    for r in graph.claims:
        if r.object is None:
            continue
        s, o = graph.entities[r.subject].label, graph.entities[r.object].label
        found[(s, r.predicate.value, o)] = r
        if r.predicate.symmetric:
            found[(o, r.predicate.value, s)] = r
    return found


# (sentence, (subject, predicate, object), PLOVER type, status)
FRAMES = [
    # COERCE / CONCEDE: martial law declared or lifted in a place aims at the place
    (
        "The Thai army declared martial law in Bangkok.",
        ("Thai army", "coerced", "Bangkok"),
        "COERCE",
        "occurred",
    ),
    (
        "The government of the Philippines lifted martial law in Mindanao.",
        ("Filipino government", "conceded_to", "Mindanao"),
        "CONCEDE",
        "occurred",
    ),
    # ... and so does a state of emergency, its place on the verb or on "state"
    (
        "Ethiopia lifted a state of emergency in Oromia on Monday.",
        ("Ethiopia", "conceded_to", "Oromia"),
        "CONCEDE",
        "occurred",
    ),
    (
        "Niger declared a state of emergency in the Diffa region.",
        ("Niger", "coerced", "Diffa region"),
        "COERCE",
        "occurred",
    ),
    # CONCEDE: a party legalised, a crackdown ended, a foreign force let in by its host
    (
        "Tanzania legalized the Civic United Front.",
        ("Tanzania", "conceded_to", "Civic United Front"),
        "CONCEDE",
        "occurred",
    ),
    (
        "The Egyptian government ended its crackdown on the Muslim Brotherhood.",
        ("Egyptian government", "conceded_to", "Muslim Brotherhood"),
        "CONCEDE",
        "occurred",
    ),
    (
        "Somalia agreed to the deployment of Kenyan troops.",
        ("Somalia", "conceded_to", "Kenyan troops"),
        "CONCEDE",
        "occurred",
    ),
    # ... while a crackdown launched is still violent repression (CAMEO 175: PLOVER ASSAULT)
    (
        "The Egyptian government launched a crackdown on the Muslim Brotherhood.",
        ("Egyptian government", "attacked", "Muslim Brotherhood"),
        "ASSAULT",
        "occurred",
    ),
    # a concession or retreat refused is that concession, denied (one event, one claim: no
    # criticized claim besides; tests/test_prec19.py), coded as its refusal (CAMEO 1245, REJECT:
    # tests/test_refusals66.py)
    (
        "Russia refused to allow OSCE monitors into Crimea.",
        ("Russia", "conceded_to", "OSCE"),
        "REJECT",
        "denied",
    ),
    # ASSAULT: a military operation launched against an actor
    (
        "The Afghan army carried out operations against the Taliban in Helmand.",
        ("Afghan army", "attacked", "Taliban"),
        "ASSAULT",
        "occurred",
    ),
    # COOPERATE: the coordinated doers of a joint act of force cooperate
    (
        "Nigeria and Chad launched a joint military operation against Boko Haram.",
        ("Nigeria", "cooperated_with", "Chad"),
        "COOPERATE",
        "occurred",
    ),
    (
        "Egypt and Greece held joint naval exercises in the Mediterranean.",
        ("Egypt", "cooperated_with", "Greece"),
        "COOPERATE",
        "occurred",
    ),
    # AID: soldiers contributed to a mission protect it (074)
    (
        "Burundi contributed 5,000 soldiers to the African Union force in Somalia.",
        ("Burundi", "supported", "African Union"),
        "AID",
        "occurred",
    ),
    # AID: a measured quantity between the light verb and its noun
    (
        "Qatar sent 300 tons of humanitarian aid to Somalia.",
        ("Qatar", "supported", "Somalia"),
        "AID",
        "occurred",
    ),
    # AID: a loan approved "for" a country
    (
        "The IMF approved a 17 billion dollar loan for Ukraine.",
        ("IMF", "supported", "Ukraine"),
        "AID",
        "occurred",
    ),
    # REQUEST: help asked "from" someone asks them (the "from" is no doer)
    (
        "Lebanon requested military assistance from France.",
        ("Lebanon", "requested", "France"),
        "REQUEST",
        "occurred",
    ),
    # REQUEST: the verb's "from" hung by the parser on its object
    (
        "Iraq requested drones from the United States.",
        ("Iraq", "requested", "United States"),
        "REQUEST",
        "occurred",
    ),
    # MOBILIZE: forces mobilised against an enemy, tanks massed on a frontier
    (
        "Nigeria mobilized troops against Boko Haram.",
        ("Nigeria", "mobilized", "Boko Haram"),
        "MOBILIZE",
        "occurred",
    ),
    (
        "Turkey massed tanks on the Syrian border.",
        ("Turkey", "mobilized", "Syria"),
        "MOBILIZE",
        "occurred",
    ),
    # RETREAT: troops withdrawn from a town name the town
    (
        "The Sudanese army withdrew its troops from Abyei.",
        ("Sudanese army", "withdrew_from", "Abyei"),
        "RETREAT",
        "occurred",
    ),
    # RETREAT: positions abandoned in a town, a ceasefire declared in a country
    (
        "Afghan troops abandoned their positions in Kunduz.",
        ("Afghan troops", "withdrew_from", "Kunduz"),
        "RETREAT",
        "occurred",
    ),
    (
        "Ethiopia announced a unilateral ceasefire in Tigray.",
        ("Ethiopia", "withdrew_from", "Tigray"),
        "RETREAT",
        "occurred",
    ),
    # AGREE: an intention announced is its owner's, and planned
    (
        "Chile announced its intention to cooperate with Peru on border security.",
        ("Chile", "cooperated_with", "Peru"),
        "AGREE",
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "expected", "event", "status"), FRAMES)
def test_interactions_plover_frames(
    extract: Any, sentence: str, expected: Any, event: str, status: str
) -> None:
    """Each frame gives its relation with its PLOVER type and status."""
    graph = extract(sentence)
    found = _claims(graph)
    assert expected in found, triples(graph)
    claim = found[expected]
    assert claim.qualifiers.event is not None
    assert claim.qualifiers.event.value == event
    assert claim.qualifiers.status.value == status


# (sentence, a relation that must not be found)
NOT_FRAMES = [
    # agreeing to a thing is no agreement with the place it names
    (
        "The Security Council agreed to an extension of the peacekeeping mission in Mali.",
        ("Security Council", "agreed_with", "Mali"),
    ),
    # an ended crackdown is no coercion
    (
        "The Egyptian government ended its crackdown on the Muslim Brotherhood.",
        ("Egyptian government", "coerced", "Muslim Brotherhood"),
    ),
    # people in need refused entry are help refused, not rejected
    (
        "Hungary refused to allow Syrian refugees to cross its border.",
        ("Hungary", "criticized", "Syrian refugees"),
    ),
    # the people evacuated are not left: the place is
    (
        "Italy evacuated its citizens from Libya.",
        ("Italy", "withdrew_from", "citizens"),
    ),
    # a joint statement is words, not military cooperation
    (
        "Kenya and Uganda issued a joint statement on the border.",
        ("Kenya", "cooperated_with", "Uganda"),
    ),
    # help asked "to fight" an enemy is no help to the enemy
    (
        "Kenya called for international help to fight al-Shabab.",
        ("Kenya", "supported", "al-Shabab"),
    ),
    # aid sent is no force sent
    (
        "Qatar sent 300 tons of humanitarian aid to Somalia.",
        ("Qatar", "mobilized", "Somalia"),
    ),
    # a refusal denied is none
    (
        "Ethiopia did not refuse to withdraw its troops from Badme.",
        ("Ethiopia", "criticized", "Badme"),
    ),
    # an intention is not the deed: no attack that happened
    (
        "Israel announced its intention to strike Hezbollah.",
        ("Israel", "attacked", "Hezbollah", "occurred"),
    ),
    # the place of "a stay of execution" is not the execution's: no one attacked
    (
        "Indonesian authorities granted a stay of execution to Mary Jane Veloso.",
        ("Indonesian government", "attacked", "Mary Jane Veloso"),
    ),
    # "said of the attack" still only speaks of it (a verb of speech, unlike "a state of")
    (
        "Cyril Ramaphosa said of the attack on Johannesburg that it was cowardly.",
        ("Cyril Ramaphosa", "attacked", "Johannesburg"),
    ),
]


@pytest.mark.parametrize(("sentence", "unwanted"), NOT_FRAMES)
def test_interactions_plover_frames_guarded(extract: Any, sentence: str, unwanted: Any) -> None:
    """Frames that look alike give no such relation."""
    graph = extract(sentence)
    found = _claims(graph)
    key = tuple(unwanted[:3])
    if len(unwanted) == 4:
        assert key not in found or found[key].qualifiers.status.value != unwanted[3]
    else:
        assert key not in found, triples(graph)
