"""Investigations as criticism (inv1): "X is probing Y", "Y is being investigated by X",
"X opened an investigation into Y", "the British and German investigations into Y" make X
criticize Y (the annotation's reading, sanctioned the alternative), real or planned ("will
investigate"). Only an actor the object word names is investigated: a probe into an attack or a
bid is not its place's or its owner's criticism; a denied or demanded one is no claim.
Sentences of our own about actors outside the benchmarks' FIFA story."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, claims_between, statuses

# sentence, the criticism it makes, its status
MADE = [
    (
        "Brazilian police are probing the Confederation of Brazilian Football over bribes.",
        ("Brazilian police", "criticized", "Confederation of Brazilian Football"),
        "occurred",
    ),
    (
        "The Confederation of Brazilian Football is being investigated by Brazilian prosecutors.",
        ("Brazilian prosecutors", "criticized", "Confederation of Brazilian Football"),
        "occurred",
    ),
    (
        "French prosecutors opened an investigation into Airbus last year.",
        ("French prosecutors", "criticized", "Airbus"),
        "occurred",
    ),
    (
        "Swiss prosecutors have launched a criminal investigation into the Confederation of "
        "Brazilian Football.",
        ("Swiss prosecutors", "criticized", "Confederation of Brazilian Football"),
        "occurred",
    ),
    (
        "The British and German investigations into Volkswagen were announced on Monday.",
        ("Germany", "criticized", "Volkswagen"),
        "occurred",
    ),
    (
        "Germany's investigation into Volkswagen has widened.",
        ("Germany", "criticized", "Volkswagen"),
        "occurred",
    ),
    # the investigation is real whatever its clause denies
    (
        "The chief executive has not been implicated in the German investigation into Volkswagen.",
        ("Germany", "criticized", "Volkswagen"),
        "occurred",
    ),
    (
        "The European Commission will investigate Google over its search results.",
        ("European Commission", "criticized", "Google"),
        "planned",
    ),
]

# sentence, the investigator that must criticize no one: an event looked into (not the place
# that names it), a bid (not its owner), an investigation denied or only demanded
NOT_MADE = [
    "Kenyan police are investigating the Garissa attack.",
    "The African Union has called for a thorough investigation into the Garissa bombings.",
    "Italian prosecutors are probing Germany's bid for the games.",
    "Kenya's attorney general said he is not investigating William Ruto.",
    "The Mexican government is not investigating the Sinaloa cartel.",
    "Germany has not opened an investigation into Volkswagen.",
]


@pytest.mark.parametrize(("sentence", "triple", "status"), MADE)
def test_lexicon_investigations_criticize(
    extract: Any, sentence: str, triple: Triple, status: str
) -> None:
    """An investigation of a named actor is its investigator's criticism, of the text's status."""
    graph = extract(sentence)
    assert claims_between(graph, *triple), sorted(
        (graph.entities[r.subject].label, r.predicate.value, r.object) for r in graph.claims
    )
    assert status in statuses(graph, triple)


@pytest.mark.parametrize("sentence", NOT_MADE)
def test_lexicon_investigations_not_made(extract: Any, sentence: str) -> None:
    """An investigation of an event, of a thing an actor owns, denied or demanded, criticizes
    no one."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "criticized"]


@pytest.mark.parametrize(
    ("sentence", "target", "demanders"),
    [
        (
            "Activists demanded that prosecutors investigate William Ruto.",
            "William Ruto",
            "Activists",
        ),
        # crit62: the investigation asked for as a noun ("called for an investigation into X")
        (
            "Amnesty International called for an investigation into the Nigerian army.",
            "Nigerian army",
            "Amnesty International",
        ),
    ],
)
def test_lexicon_investigations_demanded_is_the_demanders_criticism(
    extract: Any, sentence: str, target: str, demanders: str
) -> None:
    """An investigation only demanded is no claim of the investigator's; the demand itself
    criticises the one to be investigated (crit43's urged acts, crit62's punishing nouns)."""
    graph = extract(sentence)
    critics = {
        graph.entities[r.subject].label
        for r in graph.claims
        if r.predicate.value == "criticized"
        and r.object is not None
        and graph.entities[r.object].label == target
    }
    assert critics == {demanders}, critics
    everyone = {
        graph.entities[r.subject].label for r in graph.claims if r.predicate.value == "criticized"
    }
    assert everyone == {demanders}, everyone
