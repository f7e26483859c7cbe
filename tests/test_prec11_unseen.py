"""Wrong claims found on unseen news (prec11), each fixed for a general reason: a demonym's
director or commander leads no country (kg/extract/role_forms.py); subjects that send a
message, or receive a thing, together do not address one another, and who fears an event
did not do it (kg/extract/interactions.py); a clause said to be due ("it is time for A to
...") is proposed, and an event someone ends ("an end to the insurgency") took place
(kg/extract/qualifiers.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

WRONG = [
    # an unnamed head of a body other than the state, with a demonym
    (
        "The Brazilian director, who had not shot a film in a decade, won the jury prize.",
        ("Brazilian director", "leader_of", "Brazil"),
    ),
    (
        "A Nigerian commander told reporters that the town had been retaken.",
        ("Nigerian commander", "leader_of", "Nigeria"),
    ),
    # co-senders of a message, a letter or an envoy, with no addressee
    (
        "The foreign ministers of Kenya and Uganda sent a letter on Monday.",
        ("Kenya", "spoke_with", "Uganda"),
    ),
    (
        "The presidents of Chile and Argentina will send a message of solidarity.",
        ("Argentina", "spoke_with", "Chile"),
    ),
    # co-receivers of a thing, not of a person
    (
        "Lufthansa, Air France and KLM received subsidies from their governments.",
        ("Air France", "met", "Lufthansa"),
    ),
    # who fears an event, or worries about it, did not do it
    ("Kenya fears public support for al-Shabab.", ("Kenya", "supported", "al-Shabab")),
    (
        "Egypt is worried about growing public support for the Muslim Brotherhood.",
        ("Egypt", "supported", "Muslim Brotherhood"),
    ),
]


@pytest.mark.parametrize(("sentence", "wrong"), WRONG)
def test_prec11_wrong_claims_dropped(
    extract: Any, sentence: str, wrong: tuple[str, str, str]
) -> None:
    """None of these claims is made (in either direction)."""
    found = triples(extract(sentence))
    assert wrong not in found, sorted(found)
    assert (wrong[2], wrong[1], wrong[0]) not in found, sorted(found)


KEPT = [
    ("The Iranian leader said the talks would continue.", ("Iranian leader", "leader_of", "Iran")),
    (
        # an office no dated role covers: a dated one resolves to its holder (title67)
        "The Mongolian prime minister said the deal was fair.",
        ("Mongolian prime minister", "leader_of", "Mongolia"),
    ),
    (
        "Kenya and Uganda sent a letter to the African Union.",
        ("African Union", "spoke_with", "Kenya"),
    ),
    ("Peru and Chile held talks on Monday.", ("Chile", "met", "Peru")),
    ("President Ruto received Ugandan envoy Kato in Nairobi.", ("Kato", "met", "William Ruto")),
    ("Kenya and Uganda signed a trade deal.", ("Kenya", "agreed_with", "Uganda")),
    ("Kenya is increasing its support for Somalia.", ("Kenya", "supported", "Somalia")),
]


@pytest.mark.parametrize(("sentence", "triple"), KEPT)
def test_prec11_right_claims_kept(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A leader's title of a country, a message with its addressee, a joint meeting."""
    assert triple in triples(extract(sentence)), sorted(triples(extract(sentence)))


DUE = [
    (
        "It is time for India and Pakistan to settle their dispute.",
        ("India", "Pakistan"),
        "proposed",
    ),
    (
        "It is high time Ethiopia and Eritrea settled their border dispute.",
        ("Eritrea", "Ethiopia"),
        "proposed",
    ),
    # close cases: a time that dates the event, not one it is due
    ("At the time, India and Pakistan signed a truce.", ("India", "Pakistan"), "occurred"),
    (
        "It was the first time that Ethiopia and Eritrea signed a deal.",
        ("Eritrea", "Ethiopia"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("sentence", "pair", "status"), DUE)
def test_prec11_due_clause_proposed(
    extract: Any, sentence: str, pair: tuple[str, str], status: str
) -> None:
    """An agreement said to be due is proposed; one dated by "the time" took place."""
    graph = extract(sentence)
    found = {
        r.qualifiers.status.value
        for a, b in (pair, pair[::-1])
        for r in claims_between(graph, a, "agreed_with", b)
    }
    assert found == {status}, sorted(triples(graph))


CEASED = [
    # an event someone ends or halts is going on, whatever the mood of the ending
    (
        "The rebels called for a halt to Israeli air strikes on Lebanon.",
        ("Israel", "attacked", "Lebanon"),
        "occurred",
    ),
    (
        "Obasanjo vowed to bring an end to the al-Shabab insurgency in Somalia.",
        ("al-Shabab", "attacked", "Somalia"),
        "occurred",
    ),
    # close case: an event not said to be ended keeps the clause's mood
    ("Mali will not attack the rebels.", ("Mali", "attacked", "rebels"), "denied"),
]


@pytest.mark.parametrize(("sentence", "triple", "status"), CEASED)
def test_prec11_ceased_event_goes_on(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """An event that is ended, stopped or halted took place."""
    graph = extract(sentence)
    found = {r.qualifiers.status.value for r in claims_between(graph, *triple)}
    assert found == {status}, sorted(triples(graph))
