"""Events behind a noun that counts them ("struck a series of deals with X", "imposed a raft
of sanctions on X": ``series_nouns`` in kg/data/en/words.json, read by
``kg.lexicon.light_verb``, kg/extract/attack_clauses.py and ``assaults._striking_noun``):
the light verb governs the counted event noun as it would the bare noun, a clause on the
counting noun tells what the counted attacks hit, counted attacks that are a verb's subject
hit its object; a counted noun that is no event noun makes no event. Real model."""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import light_verb
from tests.conftest import triples

FIRES = [
    # light verb + a counting noun + an agreement, a sanction, a call, a concession, a threat
    (
        "Mexico and Peru struck a series of deals on Monday.",
        ("Mexico", "agreed_with", "Peru"),
    ),
    ("Mexico signed a raft of agreements with China.", ("China", "agreed_with", "Mexico")),
    ("Canada imposed a raft of sanctions on Venezuela.", ("Canada", "sanctioned", "Venezuela")),
    (
        "Australia imposed a fresh round of sanctions on North Korea.",
        ("Australia", "sanctioned", "North Korea"),
    ),
    (
        "Narendra Modi made a flurry of phone calls to Gulf leaders.",
        ("Gulf leaders", "spoke_with", "Narendra Modi"),
    ),
    (
        "Portugal made a series of concessions to its creditors.",
        ("Portugal", "conceded_to", "creditors"),
    ),
    (
        "Japan gave a number of warnings to North Korea.",
        ("Japan", "threatened", "North Korea"),
    ),
    ("Georgia lodged a string of protests with Russia.", ("Georgia", "criticized", "Russia")),
    ("Vietnam made a string of offers to Cambodia.", ("Cambodia", "negotiated_with", "Vietnam")),
    # the parser hangs an "-ing" clause of the counted attacks on the counting noun
    (
        "Russian jets carried out a series of air strikes targeting Syrian rebels near Homs.",
        ("Russian army", "attacked", "Syrian rebels"),
    ),
    (
        "Israeli aircraft launched a fresh wave of strikes targeting Hamas in Gaza.",
        ("Israeli army", "attacked", "Hamas"),
    ),
    (
        "Egyptian warplanes launched a new wave of air strikes across Libya targeting ISIL.",
        ("Egyptian army", "attacked", "Islamic State"),
    ),
    # counted attacks that are the subject of a verb of harm or attack
    (
        "A wave of Turkish air strikes hit Kurdish rebels.",
        ("Turkey", "attacked", "Kurdish rebels"),
    ),
    (
        "A series of Egyptian air strikes killed Islamic State fighters.",
        ("Egypt", "attacked", "Islamic State"),
    ),
    (
        "A string of raids by al-Shabab killed Kenyan soldiers.",
        ("al-Shabab", "attacked", "Kenyan soldiers"),
    ),
    # a counting noun that is a trigger of its own steps aside for another kind of event
    (
        "Pakistan fired a salvo of missiles at Taliban fighters.",
        ("Pakistan", "attacked", "Taliban"),
    ),
    ("Serbia launched a barrage of criticism at Croatia.", ("Serbia", "criticized", "Croatia")),
    # and keeps its own event before a noun of the same kind
    (
        "Ukrainian artillery unleashed a barrage of fire on separatist rebels.",
        ("Ukrainian army", "attacked", "separatist rebels"),
    ),
    (
        "Hamas fired a barrage of mortars at Israeli troops.",
        ("Hamas", "attacked", "Israeli troops"),
    ),
    # forms that already saw through the counting noun keep doing so
    (
        "Pakistan and Afghanistan held another round of talks on trade.",
        ("Afghanistan", "met", "Pakistan"),
    ),
    (
        "Turkey launched a fresh wave of air strikes on Kurdish rebels.",
        ("Turkey", "attacked", "Kurdish rebels"),
    ),
    (
        "Kenya carried out a series of air strikes on al-Shabab.",
        ("Kenya", "attacked", "al-Shabab"),
    ),
    (
        "Hezbollah fired a volley of rockets at Israeli towns.",
        ("Hezbollah", "attacked", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_series_event_claimed(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """A light verb's event noun counted by a series noun makes the bare noun's claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_CLAIM = [
    # what is counted is no event noun: writings, laws, feelings, questions, seats
    ("The newspaper published a series of articles about Vladimir Putin.", None),
    ("Donald Trump posted a string of tweets about Mexico.", None),
    ("Congress passed a number of laws on Cuba.", None),
    ("A wave of anger at Angela Merkel swept Greece.", "attacked"),
    ("A wave of anger at Angela Merkel swept Greece.", "criticized"),
    ("A wave of anger targeting Angela Merkel swept Greece.", "attacked"),
    ("A series of articles targeting Hamas appeared in Israeli newspapers.", "attacked"),
    ("A wave of Russian anger hit Angela Merkel.", "attacked"),
    ("Serbia launched a barrage of criticism at Croatia.", "attacked"),
    ("Pakistan fired a salvo of missiles at Taliban fighters.", "criticized"),
    ("A series of articles by Russian media hit Angela Merkel.", "attacked"),
    ("The crowd gave a round of applause to Barack Obama.", None),
    ("Putin faced a barrage of questions from journalists.", None),
    ("The Liberal Democrats won a number of seats from Labour.", None),
]


@pytest.mark.parametrize(("text", "predicate"), NO_CLAIM)
def test_series_of_non_events_no_claim(extract: Any, text: str, predicate: str | None) -> None:
    """A counting noun before a noun that is no event noun makes no interaction (of the
    predicate named, or none at all)."""
    found = triples(extract(text, published="2015-05-15"))
    kept = {t for t in found if predicate is None or t[1] == predicate}
    assert not {t for t in kept if t[1] not in ("leader_of", "member_of")}, found


LIGHT = [
    # (sentence, counted noun, its light verb)
    ("Mexico struck a series of deals with Peru.", "deals", "struck"),
    ("Canada imposed a fresh round of sanctions on Iran.", "sanctions", "imposed"),
    ("Rebels launched another wave of attacks on the city.", "attacks", "launched"),
    ("Chile signed a number of agreements with Bolivia.", "agreements", "signed"),
    # no counting noun: "of" stays the head
    ("Chile criticised the text of agreements with Bolivia.", "agreements", "of"),
]


@pytest.mark.parametrize(("text", "noun", "verb"), LIGHT)
def test_light_verb_through_series(nlp: Any, text: str, noun: str, verb: str) -> None:
    """``light_verb`` looks through one counting noun to the verb, and only through one."""
    doc = nlp(text)
    token = next(t for t in doc if t.text == noun)
    assert light_verb(token).text == verb
