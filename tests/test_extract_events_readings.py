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
    # criticism from X is X's, not aimed at X
    ("Turkey faced criticism from Germany.", ("Turkey", "criticized", "Germany")),
    # a reaction to a passive event is not aimed at its victim
    (
        "Mohamed Morsi was sentenced to death, prompting condemnations from Human Rights Watch.",
        ("Human Rights Watch", "criticized", "Mohamed Morsi"),
    ),
    # a press conference is no trip
    (
        "Hassan Radhi spoke at a press conference in Manama.",
        ("Hassan Radhi", "visited", "Manama"),
    ),
    # an event framing the clause in time is not the subject's deed
    (
        "After successful attacks in Britain and Spain, France would be a natural target.",
        ("France", "attacked", "United Kingdom"),
    ),
    # who urges others to attack does not attack (object control)
    ("Egypt urged Hamas to attack Israel.", ("Egypt", "attacked", "Israel")),
    # fighting in a country is no attack on it
    ("Hezbollah is fighting in Syria in support of Assad.", ("Hezbollah", "attacked", "Syria")),
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
    # a reaction drawn or prompted comes from the "from" phrase, aimed at the verb's subject
    (
        "Israel drew sharp criticism from Jordan on Monday.",
        ("Jordan", "criticized", "Israel"),
        "occurred",
    ),
    (
        "An Egyptian court sentenced Mohamed Morsi to death, prompting condemnations from "
        "Amnesty International.",
        ("Amnesty International", "criticized", "Egyptian court"),
        "occurred",
    ),
    # a demand that sanctions be imposed is the demander's proposal
    (
        "The EU demanded that sanctions be imposed on Belarus.",
        ("European Union", "sanctioned", "Belarus"),
        "proposed",
    ),
    # hedged reports are no events that happened
    ("Iran allegedly armed the Houthis.", ("Iran", "supported", "Houthis"), "hypothetical"),
    (
        "The audio appears to reveal that Egyptian officials armed Khalifa Haftar.",
        ("Egyptian officials", "supported", "Khalifa Haftar"),
        "hypothetical",
    ),
    # summoning a country's envoy protests against the country; conjoined verbs share a subject
    (
        "Turkey condemned the raid and summoned Israel's ambassador.",
        ("Turkey", "criticized", "Israel"),
        "occurred",
    ),
    ("Poland expelled Russia's ambassador.", ("Poland", "sanctioned", "Russia"), "occurred"),
    # "the town of X" is the place X
    (
        "Government forces shelled the northern city of Aleppo.",
        ("Government forces", "attacked", "Aleppo"),
        "occurred",
    ),
    # a modifier settles the sense of a strike; a "Saudi-led" event is Saudi Arabia's
    (
        "Russia's air strikes against al-Nusra Front continued.",
        ("Russia", "attacked", "al-Nusra Front"),
        "occurred",
    ),
    (
        "Iran condemned the Saudi-led air strikes on Yemen.",
        ("Iran", "criticized", "Saudi Arabia"),
        "occurred",
    ),
    (
        "The recordings appear to reveal Qatari officials worked with Turkey to deliver "
        "weapons to Khalifa Haftar.",
        ("Qatari officials", "supported", "Khalifa Haftar"),
        "hypothetical",
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


def test_extract_events_readings_planned_month_is_ahead(extract: Any) -> None:
    """A bare month of a planned visit is the next such month, not the last one."""
    graph = extract("Pope Benedict will stop in Mexico in March.", published="2025-08-08")
    dates = {r.qualifiers.date for r in graph.claims if r.predicate.value == "visited"}
    assert dates == {"2026-03"}
