"""Event constructions of wire news the verb triggers alone miss: a stay the copula states, talks
a party is in, a relative clause's object, an event noun as a passive's agent, refuge given to
people in need, fighting back an offensive, and event nouns joined by "and". Sentences are about
other actors than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

# (sentence, [(subject, predicate, object, {qualifier: value})])
FOUND: list[tuple[str, list[tuple[str, str, str, dict[str, str | None]]]]] = [
    # a person the copula puts in a named place abroad visits it
    (
        "Pakistani Prime Minister Nawaz Sharif, who was in Saudi Arabia when the attack "
        "happened, returned home on Friday.",
        [("Nawaz Sharif", "visited", "Saudi Arabia", {"status": "occurred"})],
    ),
    (
        "Indian Prime Minister Narendra Modi was in Paris on Monday for talks.",
        [("Narendra Modi", "visited", "Paris", {"status": "occurred", "date": "2015-05-11"})],
    ),
    (
        "Kenyan President Uhuru Kenyatta will be in Ethiopia next week.",
        [("Uhuru Kenyatta", "visited", "Ethiopia", {"status": "planned"})],
    ),
    # "X, on a visit to Y, met Z": the one the phrase describes travels
    (
        "Indian Prime Minister Narendra Modi, on a three-day visit to China, met Chinese "
        "Premier Li Keqiang.",
        [("Narendra Modi", "visited", "China", {"status": "occurred"})],
    ),
    (
        "Chinese President Xi Jinping, on a state visit to Pakistan, signed deals worth $46bn.",
        [("Xi Jinping", "visited", "Pakistan", {})],
    ),
    # a party in talks or discussions with another negotiates with it
    (
        "Ethiopia is in talks with Eritrea over the border.",
        [("Eritrea", "negotiated_with", "Ethiopia", {"status": "occurred", "cameo": "046"})],
    ),
    (
        "The Philippines remains in discussions with Vietnam over the disputed reefs.",
        [("Philippines", "negotiated_with", "Vietnam", {"cameo": "046"})],
    ),
    # an unnamed counterpart stands for the state named in front of it
    (
        "Iranian Foreign Minister Mohammad Javad Zarif met his US counterpart in Geneva.",
        [("Mohammad Javad Zarif", "met", "United States", {})],
    ),
    # the object of a relative clause is the noun the clause hangs on
    (
        "The Iraqi army pounded Islamic State positions near Mosul, which Islamic State "
        "fighters captured last year.",
        [("Islamic State", "attacked", "Mosul", {"status": "occurred", "date": "2014"})],
    ),
    (
        "The Nigerian army, which Boko Haram attacked on Monday, retreated.",
        [("Boko Haram", "attacked", "Nigerian army", {"date": "2015-05-11"})],
    ),
    # an event noun as a passive's agent stands for the actor named on it
    (
        "The Syrian army, backed by Russian air support on Saturday, pounded rebel positions "
        "near Idlib.",
        [("Russia", "supported", "Syrian army", {"status": "occurred"})],
    ),
    (
        "Kurdish fighters, backed by US air strikes, retook Kobane in January.",
        [("United States", "supported", "Kurdish fighters", {})],
    ),
    # land retaken from a side is an attack on the side too; driving a side out attacks it
    (
        "Iraqi forces retook Tikrit from the Islamic State in April.",
        [
            ("Iraqi forces", "attacked", "Islamic State", {"date": "2015-04"}),
            ("Iraqi forces", "attacked", "Tikrit", {"date": "2015-04"}),
        ],
    ),
    (
        "Syrian rebels captured Idlib from government forces in March.",
        [("Syrian rebels", "attacked", "government forces", {"date": "2015-03"})],
    ),
    (
        "The Nigerian army drove Boko Haram out of Gwoza.",
        [("Nigerian army", "attacked", "Boko Haram", {"status": "occurred"})],
    ),
    # whoever halts, counters or beats back an offensive fights its owner
    (
        "Iraqi forces mobilised in Anbar in a bid to counter the offensive by the Islamic State.",
        [("Iraqi forces", "attacked", "Islamic State", {"cameo": "190"})],
    ),
    (
        "The US-led coalition has launched air strikes in a bid to stop the Islamic State's "
        "advance.",
        [("US-led coalition", "attacked", "Islamic State", {"status": "occurred"})],
    ),
    (
        "Pro-government fighters beat back a Houthi offensive on Aden on Monday.",
        [("Pro-government fighters", "attacked", "Houthis", {"date": "2015-05-11"})],
    ),
    (
        "Tuareg rebels sent reinforcements to ward off an offensive by the Malian army near Kidal.",
        [("Tuareg rebels", "attacked", "Malian army", {"status": "occurred"})],
    ),
    # refuge given to people in need supports them; refused, the help is denied
    (
        "Turkey hosts two million Syrian refugees.",
        [("Turkey", "supported", "Syrian refugees", {"status": "occurred", "cameo": "075"})],
    ),
    (
        "Lebanon has taken in more than a million Syrian refugees.",
        [("Lebanon", "supported", "Syrian refugees", {"cameo": "075"})],
    ),
    (
        "Malaysia offered temporary shelter to the Rohingya migrants.",
        [("Malaysia", "supported", "Rohingya migrants", {"cameo": "075"})],
    ),
    (
        "Thailand said it would not accept any more Rohingya migrants.",
        [("Thailand", "supported", "Rohingya migrants", {"status": "denied"})],
    ),
    # event nouns joined by "and" share the doer and the victim
    (
        "Saudi King Salman ordered the arrest and execution of Nimr al-Nimr.",
        [
            ("Salman", "attacked", "Nimr al-Nimr", {"cameo": "1823"}),
            ("Salman", "sanctioned", "Nimr al-Nimr", {"cameo": "173"}),
        ],
    ),
]

# (sentence, (subject, predicate, object)) that must not be read
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # a leader at home is no visitor
    (
        "German Chancellor Angela Merkel was in Berlin on Monday.",
        ("Angela Merkel", "visited", "Berlin"),
    ),
    # a job somewhere is no stay ("a promoter in Dublin")
    ("Buzz O'Neill is a nightclub promoter in Dublin.", ("Buzz O'Neill", "visited", "Dublin")),
    # the relative pronoun is the object of the "to" clause, not of "sought"
    (
        "The bulk of the political prisoners represent young activists whom the Egyptian "
        "government has sought to weaken and silence.",
        ("Egyptian government", "requested", "young activists"),
    ),
    # hosting talks is no refuge for their parties
    (
        "Jordan has hosted the talks between Israel and the Palestinians.",
        ("Jordan", "supported", "Israel"),
    ),
    # countering words is no fight
    (
        "The Kenyan minister countered the Somali government's claims.",
        ("Kenya", "attacked", "Somali government"),
    ),
    # a meeting held is a meeting, not a negotiation
    (
        "Bolivian President Evo Morales met with Venezuelan President Nicolas Maduro in Caracas.",
        ("Evo Morales", "negotiated_with", "Nicolás Maduro"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_interactions_unseen_constructions(
    extract: Any, sentence: str, expected: list[Any]
) -> None:
    """Each construction yields the listed relations with the listed qualifiers."""
    graph = extract(sentence, published="2015-05-15")
    for subject, predicate, obj, qualifiers in expected:
        found = claims_between(graph, subject, predicate, obj)
        assert found, f"missing {subject} {predicate} {obj}; got {sorted(triples(graph))}"
        q = found[0].qualifiers
        got = {"status": q.status.value, "date": q.date, "cameo": q.cameo}
        for key, value in qualifiers.items():
            assert got[key] == value, (key, got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_unseen_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A leader at home, a job in a city, a clause's object and a meeting give no such relation."""
    graph = extract(sentence, published="2015-05-15")
    assert not claims_between(graph, *triple), sorted(triples(graph))


def test_interactions_conjoined_nouns_one_claim_for_one_predicate(extract: Any) -> None:
    """ "the abduction and murder of" (both attacks) gives one attack, not two."""
    graph = extract(
        "Iranian President Hassan Rouhani condemned the abduction and murder of the Iranian "
        "diplomats by the Islamic State.",
        published="2015-05-15",
    )
    assert len(claims_between(graph, "Islamic State", "attacked", "Iranian diplomats")) == 1
