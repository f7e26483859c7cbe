"""Event constructions of real news that carry over to articles nobody tuned to: the sides of
"clashes between A ... and B", an organisation's fighters, land seized, attacks "in the town
of X", and dates that are no actors. Sentences are about other actors than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (sentence, [(subject, predicate, object, {qualifier: value})])
FOUND: list[tuple[str, list[tuple[str, str, str, dict[str, str | None]]]]] = [
    # the sides of "clashes between": each fights the other
    (
        "Clashes between Somali troops and al-Shabab killed ten people.",
        [("Somali troops", "attacked", "al-Shabab", {"cameo": "190"})],
    ),
    (
        "Fighting between Boko Haram and the Nigerian army has displaced thousands in Borno.",
        [("Boko Haram", "attacked", "Nigerian army", {"status": "occurred"})],
    ),
    # ... also when the parser hangs the second side inside the first one's participle
    (
        "Clashes between Somali troops backed by African Union forces and al-Shabab fighters "
        "killed ten people.",
        [("Somali troops", "attacked", "al-Shabab", {})],
    ),
    # an organisation's fighters act for it
    (
        "Fighters from the Islamic State of Iraq and the Levant attacked Kurdish forces.",
        [("Islamic State", "attacked", "Kurdish forces", {})],
    ),
    (
        "Militants from Boko Haram attacked the Nigerian army in Borno.",
        [("Boko Haram", "attacked", "Nigerian army", {})],
    ),
    # land taken by force: the place is attacked (occupied territory, CAMEO 192)
    (
        "Fighters captured most of Ramadi on Sunday.",
        [("Fighters", "attacked", "Ramadi", {"cameo": "192"})],
    ),
    (
        "Boko Haram seized large parts of the town of Baga in January.",
        [("Boko Haram", "attacked", "Baga", {"cameo": "192", "date": "2015-01"})],
    ),
    (
        "Pro-Hadi tribesmen took control of Yatamah.",
        [("pro-Hadi tribesmen", "attacked", "Yatamah", {"cameo": "192"})],
    ),
    # a counterpart named after a comma the parser hung elsewhere
    (
        "Sushma Swaraj held talks with her Chinese counterpart, Wang Yi, in Beijing.",
        [("Sushma Swaraj", "met", "Wang Yi", {})],
    ),
    (
        "Ashraf Ghani met his Pakistani counterpart, Nawaz Sharif, in Islamabad on Monday.",
        [("Ashraf Ghani", "met", "Nawaz Sharif", {"date": "2015-05-11"})],
    ),
    # a dateline opening the sentence is where the story was filed, not who acted
    (
        "Kabul, Afghanistan - Taliban fighters attacked the Afghan army in Kunduz on Monday.",
        [("Taliban", "attacked", "Afghan army", {"place": "Kunduz"})],
    ),
    # a building in front of an attack noun was hit, with its owner
    (
        "Al-Qaeda carried out the US embassy attack in Sanaa in 2008.",
        [("al-Qaeda", "attacked", "United States", {"date": "2008"})],
    ),
    # "whose troops": an actor's own forces act for it
    (
        "The Nigerian army, whose troops attacked Boko Haram in Sambisa, said it freed 200 girls.",
        [("Nigerian army", "attacked", "Boko Haram", {})],
    ),
    # whoever owns a force acts through it, also behind a participle ("X, backed by Y,")
    (
        "Russia has armed Bashar al-Assad's forces.",
        [("Russia", "supported", "Bashar al-Assad", {})],
    ),
    ("Ratko Mladic's forces were armed by Serbia.", [("Serbia", "supported", "Ratko Mladic", {})]),
    (
        "Hezbollah fighters, backed by Syrian troops, attacked the Nusra Front in Qalamoun.",
        [
            ("Syrian troops", "supported", "Hezbollah", {}),
            ("Hezbollah", "attacked", "Nusra Front", {}),
        ],
    ),
    # a delegation stands for the side it comes from, wherever the parser hangs "from"
    (
        "Robert Mugabe received a delegation from China.",
        [("China", "met", "Robert Mugabe", {"cameo": "043"})],
    ),
    (
        "Vladimir Putin met a delegation from Hamas in Moscow.",
        [("Hamas", "met", "Vladimir Putin", {})],
    ),
    # a passive's agent that is an attack noun stands for its owner
    (
        "Houthi positions in Saada were hit by Saudi-led air strikes on Monday.",
        [("Saudi Arabia", "attacked", "Houthis", {"date": "2015-05-11"})],
    ),
    # unnamed towns and villages stand for the place they lie in
    (
        "Boko Haram attacked villages in Borno state.",
        [("Boko Haram", "attacked", "Borno", {})],
    ),
    (
        "Israeli jets bombed a village in southern Lebanon.",
        [("Israeli army", "attacked", "Lebanon", {})],
    ),
    # attacks carried out "in the town of X", whatever the time phrase says
    (
        "Boko Haram fighters carried out attacks in the town of Baga on Tuesday.",
        [("Boko Haram", "attacked", "Baga", {"date": "2015-05-12"})],
    ),
    (
        "The Houthi fighters carried out the attacks on Monday in the town of Najran.",
        [("Houthis", "attacked", "Najran", {"date": "2015-05-11"})],
    ),
]

# (sentence, (subject, predicate, object)) that must not be read
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # a month is nobody
    (
        "Sergei Lavrov will visit Ankara for talks with Turkish officials on May 6 and May 7.",
        ("Sergei Lavrov", "met", "Theresa May"),
    ),
    (
        "Milos Zeman will travel to Moscow for talks with Russian officials on May 9.",
        ("Milos Zeman", "met", "Theresa May"),
    ),
    # the other side of a clash is not a backer of the first
    (
        "Clashes between Somali troops backed by African Union forces and al-Shabab fighters "
        "killed ten people.",
        ("al-Shabab", "supported", "Somali army"),
    ),
    # seizing goods is not an attack on the place they were found
    ("Police seized weapons in Lagos on Monday.", ("police", "attacked", "Lagos")),
    # "occupied" as a description is no occupation
    (
        "More than 300,000 Palestinians live in occupied East Jerusalem.",
        ("Palestine", "attacked", "East Jerusalem"),
    ),
    # who reports raids did not carry them out
    (
        "Residents also reported raids in the central province of Taez.",
        ("Residents", "attacked", "Taez"),
    ),
    (
        "Doha, Qatar - The Islamic State of Iraq and the Levant has captured Syria's ancient "
        "city of Palmyra.",
        ("Qatar", "attacked", "Palmyra"),
    ),
    (
        "Ramallah, occupied West Bank - Hanan Ashrawi has a huge responsibility.",
        ("Palestine", "attacked", "West Bank"),
    ),
    (
        "Vladimir Putin met a delegation from Hamas in Moscow.",
        ("Russian government", "met", "Vladimir Putin"),
    ),
    # "the state of X in Y" is no place in Y
    (
        "On Inside Story, a discussion on the state of democracy in Ethiopia.",
        ("Ethiopia", "met", "Inside Story"),
    ),
    # calling talks off is no call for talks, and calling charges vague calls nothing off
    ("Turkey called off talks with Syria.", ("Turkey", "requested", "Syria")),
    (
        "Barack Obama called the charges against Jason Rezaian vague.",
        ("Barack Obama", "criticized", "Jason Rezaian"),
    ),
    (
        "The US embassy attack in Sanaa in 2008 killed ten people.",
        ("United States", "attacked", "Sanaa"),
    ),
    # a name after a comma that is the subject of its own verb is the speaker
    ("Kerry met the foreign minister, Lavrov said.", ("John Kerry", "met", "Sergei Lavrov")),
]


def _claims(graph: Any, s: str, p: str, o: str) -> list[Any]:
    return [
        r
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label.lower() == s.lower()
        and r.predicate.value == p
        and graph.entities[r.object].label == o
    ]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_interactions_general_constructions(
    extract: Any, sentence: str, expected: list[Any]
) -> None:
    """Each construction yields the listed relations with the listed qualifiers."""
    graph = extract(sentence, published="2015-05-12")
    for subject, predicate, obj, qualifiers in expected:
        found = _claims(graph, subject, predicate, obj)
        assert found, f"missing {subject} {predicate} {obj}; got {sorted(triples(graph))}"
        q = found[0].qualifiers
        got = {"status": q.status.value, "date": q.date, "place": q.place, "cameo": q.cameo}
        for key, value in qualifiers.items():
            assert got[key] == value, (key, got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """Dates, the other side of a clash, seized goods, a status, a report, a dateline, a
    building hit and a speaker give no such relation."""
    graph = extract(sentence, published="2015-05-12")
    assert not _claims(graph, *triple), sorted(triples(graph))


# (sentence, (subject, predicate, object), status, date)
STATUSES: list[tuple[str, tuple[str, str, str], str, str | None]] = [
    # the content of a report, claim or allegation that is denied is denied with it
    (
        "Somalia's government denied reports that it had negotiated with al-Shabab.",
        ("Somalia's government", "negotiated_with", "al-Shabab"),
        "denied",
        None,
    ),
    (
        "Pakistan rejected claims that its army had attacked Afghan troops.",
        ("Pakistan", "attacked", "Afghan troops"),
        "denied",
        None,
    ),
    # who boycotts, rejects or calls off talks is their party, and they did not happen (one
    # claim, a negotiation denied: the talk_refusals stage's)
    (
        "The Afghan Taliban boycotted talks with the Afghan government.",
        ("Afghan government", "negotiated_with", "Taliban"),
        "denied",
        None,
    ),
    (
        "Ukraine ruled out talks with the separatists.",
        ("Ukraine", "negotiated_with", "separatists"),
        "denied",
        None,
    ),
    # a day set ahead is the coming one, even for an event called off
    (
        "Talks between Serbia and Kosovo scheduled for Thursday in Brussels have been postponed.",
        ("Kosovo", "met", "Serbia"),
        "denied",
        "2015-05-14",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "status", "date"), STATUSES)
def test_qualifiers_status_and_date_follow_the_text(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str, date: str | None
) -> None:
    """Denied reports deny their content, boycotted talks are denied, and a scheduled day is the
    coming one."""
    graph = extract(sentence, published="2015-05-12")
    found = _claims(graph, *triple)
    assert found, f"missing {triple}; got {sorted(triples(graph))}"
    assert {r.qualifiers.status.value for r in found} == {status}
    assert {r.qualifiers.date for r in found} == {date}


@pytest.mark.parametrize(
    ("expression", "future", "value"),
    [
        ("May 6 and May 7", True, "2015-05-06"),
        ("May 6-7", True, "2015-05-06"),
        ("6 and 7 May", False, "2015-05-06"),
        ("May 6 and 7, 2014", False, "2014-05-06"),
        ("Monday and Tuesday", False, "2015-05-04"),
        ("from Monday to Wednesday", True, "2015-05-11"),
        ("2014-15", False, None),
        ("decade-long", False, None),
    ],
)
def test_dates_span_dates_by_their_first_day(
    expression: str, future: bool, value: str | None
) -> None:
    """Two days joined by "and", "to" or a dash date the event by the first of them."""
    from kg.extract.dates import resolve_date

    assert resolve_date(expression, "2015-05-05", future) == value
