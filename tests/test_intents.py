"""Acts announced before they are done (kg/extract/intents.py): threats to act, offers to
cooperate, forces readied for an attack, force used for a purpose and backing asked of others,
each an event of its own PLOVER type. Sentences of our own about actors neither the seed's nor
the benchmarks'."""

from __future__ import annotations

from typing import Any

import pytest

# (sentence, (subject, predicate, object), PLOVER type, status) that the build must give
FOUND = [
    # THREATEN: a coercive act threatened is a threat against its target, a place included
    (
        "The Kenyan government threatened to impose a curfew in Mombasa.",
        ("Kenyan government", "threatened", "Mombasa"),
        "THREATEN",
        "occurred",
    ),
    (
        "Ecuador threatened to expel the ambassador of Colombia on Monday.",
        ("Ecuador", "threatened", "Colombia"),
        "THREATEN",
        "occurred",
    ),
    # AGREE: a cooperative act offered by its own doer is an intent to cooperate (CAMEO 03)
    (
        "Turkey offered to hand over to Germany three suspects.",
        ("Turkey", "conceded_to", "Germany"),
        "AGREE",
        "proposed",
    ),
    (
        "Japan offered to send aid to the Philippines after the typhoon.",
        ("Japan", "supported", "Philippines"),
        "AGREE",
        "proposed",
    ),
    # MOBILIZE: an attack that forces are readied for
    (
        "The Kenyan army prepared to attack al-Shabaab positions in Somalia.",
        ("Kenyan army", "mobilized", "al-Shabaab"),
        "MOBILIZE",
        "occurred",
    ),
    (
        "Peru mobilized army reservists for a possible war against Ecuador.",
        ("Peru", "mobilized", "Ecuador"),
        "MOBILIZE",
        "occurred",
    ),
    # MOBILIZE: forces shown at a frontier face the country across it
    (
        "India massed troops on its border with Pakistan.",
        ("India", "mobilized", "Pakistan"),
        "MOBILIZE",
        "occurred",
    ),
    (
        "Turkey deployed warships off the coast of Cyprus.",
        ("Turkey", "mobilized", "Cyprus"),
        "MOBILIZE",
        "occurred",
    ),
    (
        "Syria moved tanks toward the Turkish border.",
        ("Syria", "mobilized", "Turkey"),
        "MOBILIZE",
        "occurred",
    ),
    # SUPPORT: asking others to back Z rallies support for Z (CAMEO 053)
    (
        "Turkey urged NATO to back Azerbaijan.",
        ("Turkey", "supported", "Azerbaijan"),
        "SUPPORT",
        "occurred",
    ),
    (
        "Ghana called on the African Union to recognize Western Sahara.",
        ("Ghana", "supported", "Western Sahara"),
        "SUPPORT",
        "occurred",
    ),
    # COERCE: an order to stop or to leave is coercion
    (
        "The Kenyan government ordered the BBC to close its office in Nairobi.",
        ("Kenyan government", "sanctioned", "BBC"),
        "COERCE",
        "occurred",
    ),
    (
        "Russia ordered two British diplomats to leave the country.",
        ("Russia", "sanctioned", "British diplomats"),
        "COERCE",
        "occurred",
    ),
    # ASSAULT: fire opened "to disperse" a crowd is aimed at the crowd
    (
        "Kenyan police opened fire to disperse opposition supporters in Nairobi.",
        ("Kenyan police", "attacked", "opposition supporters"),
        "ASSAULT",
        "occurred",
    ),
]

# (sentence, (subject, predicate, object), PLOVER type) that the build must not give
NOT_FOUND = [
    # the act was done, not threatened: no threat
    (
        "The Kenyan government imposed a curfew in Mombasa on Friday.",
        ("Kenyan government", "threatened", "Mombasa"),
        "THREATEN",
    ),
    # a proposal for others to act is no intent of the proposer's (a request)
    (
        "Ghana urged Nigeria to send aid to Niger.",
        ("Nigeria", "supported", "Niger"),
        "AGREE",
    ),
    # an attack made, not readied for: no show of force
    (
        "The Kenyan army attacked al-Shabaab positions in Somalia on Friday.",
        ("Kenyan army", "mobilized", "al-Shabaab"),
        "MOBILIZE",
    ),
    # people, not forces, at a border show no force
    (
        "Thousands of refugees massed on the border with Greece.",
        ("refugees", "mobilized", "Greece"),
        "MOBILIZE",
    ),
    # what the urged party is asked to do to Z asks nothing of Z
    (
        "Turkey urged NATO to back Azerbaijan.",
        ("Turkey", "requested", "Azerbaijan"),
        "REQUEST",
    ),
    # an order to act otherwise coerces no one
    (
        "The Kenyan government ordered the BBC to broadcast the speech.",
        ("Kenyan government", "sanctioned", "BBC"),
        "COERCE",
    ),
    # a denied threat is no threat
    (
        "The Kenyan government did not threaten to impose a curfew in Mombasa.",
        ("Kenyan government", "threatened", "Mombasa"),
        "THREATEN",
    ),
]


def _events(graph: Any) -> set[tuple[tuple[str, str, str], str, str]]:
    return {
        (
            (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label),
            r.qualifiers.event.value if r.qualifiers.event else "",
            r.qualifiers.status.value,
        )
        for r in graph.claims
        if r.object is not None
    }


@pytest.mark.parametrize(("sentence", "triple", "event", "status"), FOUND)
def test_intents_announced_act_is_its_own_event(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str, status: str
) -> None:
    """An act threatened, offered, readied for or aimed at gives a claim of its own type."""
    assert (triple, event, status) in _events(extract(sentence))


@pytest.mark.parametrize(("sentence", "triple", "event"), NOT_FOUND)
def test_intents_no_event_without_announcement(
    extract: Any, sentence: str, triple: tuple[str, str, str], event: str
) -> None:
    """An act done, proposed to others or denied gives no threat, intent or show of force."""
    assert not any(t == triple and e == event for t, e, _ in _events(extract(sentence)))
