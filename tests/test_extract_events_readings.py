"""Readings of real-news constructions that looked like interactions and were not, and
adjectival triggers ("critical of", "opposed to"); real model, actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, a triple that must NOT be extracted)
WRONG: list[tuple[str, tuple[str, str, str]]] = [
    # a greeting is no support: "welcoming Castro" (a person); "welcomed the plan" is
    (
        "Pope Benedict welcomed Hugo Chavez at the Vatican.",
        ("Benedict XVI", "supported", "Hugo Chávez"),
    ),
    # "returned to Burundi" is a journey home, not a concession to Burundi
    ("Alpha Condé returned to Guinea on Sunday.", ("Alpha Condé", "conceded_to", "Guinea")),
    # the owner of what a gerund acts on is not the one opposed
    (
        "Hungary, which has opposed destroying smugglers' boats, spoke first.",
        ("Hungary", "criticized", "smugglers"),
    ),
    # protecting someone's followers supports the followers, not a demonym
    (
        "With Moscow keen on protecting its Orthodox followers in Georgia, Kirill travelled there.",
        ("Russia", "supported", "Orthodox"),
    ),
    # who backs an uprising against someone does not rise against them
    (
        "Many Kurds back the uprising against Bashar al-Assad.",
        ("Kurds", "criticized", "Bashar al-Assad"),
    ),
    # a warning about what others will suffer threatens no one named in it
    (
        "Erdogan warned that their support for Assad would not save them from ISIL.",
        ("Recep Tayyip Erdogan", "threatened", "Bashar al-Assad"),
    ),
    # a leader meeting at home visits nowhere
    (
        "Narendra Modi held talks in New Delhi with Shinzo Abe.",
        ("Narendra Modi", "visited", "New Delhi"),
    ),
    # "framed X as protecting Y": the framer protects nobody
    (
        "Erdogan has framed Turkey's intervention as protecting Azerbaijan.",
        ("Recep Tayyip Erdoğan", "supported", "Azerbaijan"),
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), WRONG)
def test_extract_events_readings_not_extracted(
    extract: Any, sentence: str, wrong: tuple[str, str, str]
) -> None:
    """A greeting, a return home, a gerund's object, a backer and a framer are no interaction."""
    got = triples(extract(sentence))
    assert wrong not in got, sorted(got)


RIGHT: list[tuple[str, tuple[str, str, str], str]] = [
    (
        "Erdogan was highly critical of Germany on Friday.",
        ("Recep Tayyip Erdogan", "criticized", "Germany"),
        "occurred",
    ),
    (
        "Macron was critical of Hungary's involvement in the talks.",
        ("Emmanuel Macron", "criticized", "Hungary"),
        "occurred",
    ),
    ("Poland is strongly opposed to Russia.", ("Poland", "criticized", "Russia"), "occurred"),
    (
        "Hamas, which is opposed to Fatah, boycotted the vote.",
        ("Hamas", "criticized", "Fatah"),
        "occurred",
    ),
    ("Kenya is supportive of Somalia.", ("Kenya", "supported", "Somalia"), "occurred"),
    (
        "Pope Benedict will stop in Mexico in March.",
        ("Benedict", "visited", "Mexico"),
        "planned",
    ),
    # a named owner of a thing supported stays the target; a demonym does not (WRONG above)
    (
        "Ban Ki-moon praised a planned EU quota system.",
        ("Ban Ki-moon", "supported", "European Union"),
        "occurred",
    ),
    # a person at a meeting, conference or summit abroad visited the place
    (
        "Wang Yi also held meetings in Vietnam on Monday.",
        ("Wang Yi", "visited", "Vietnam"),
        "occurred",
    ),
    (
        "Jacob Zuma was in Ethiopia at a summit of African leaders.",
        ("Jacob Zuma", "visited", "Ethiopia"),
        "occurred",
    ),
    (
        "Sergei Lavrov, who spoke at a security conference in Munich, left early.",
        ("Sergei Lavrov", "visited", "Munich"),
        "occurred",
    ),
    # "peace talks" are negotiations
    (
        "Ashraf Ghani will hold peace talks with the Taliban.",
        ("Ashraf Ghani", "negotiated_with", "Taliban"),
        "planned",
    ),
    # a warning that announces the warner's own act threatens that act's target
    (
        "Mastercard became the first sponsor to warn that it could pull out of its IOC contract.",
        ("Mastercard", "threatened", "IOC"),
        "occurred",
    ),
    # headline style: a subject and a bare "to" tell what will happen
    ("Obama to visit Kenya in July", ("Barack Obama", "visited", "Kenya"), "planned"),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), RIGHT)
def test_extract_events_readings_extracted(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """Adjectives after "be", "stop in" and headline infinitives give their claim and status."""
    graph = extract(sentence)
    found = [
        r
        for r in graph.claims
        if r.object is not None
        and (graph.entities[r.subject].label, r.predicate.value, graph.entities[r.object].label)
        == triple
    ]
    assert found, sorted(triples(graph))
    assert {r.qualifiers.status.value for r in found} == {status}
