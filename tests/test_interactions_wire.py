"""Events in wire news that carry over to unseen articles: who does an act that is asked for,
what a speaker talks about, and attacks that are still being planned. Sentences are about
other actors than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, triples

# (sentence, [(subject, predicate, object, {qualifier: value})])
FOUND: list[tuple[str, list[tuple[str, str, str, dict[str, str | None]]]]] = [
    # the request itself stays, made of the one who holds the prisoner (gen12: not of the
    # prisoner, who undergoes the release)
    (
        "Amnesty International demanded the immediate release of Mahmoud Hussein by Egypt.",
        [("Amnesty International", "requested", "Egypt", {"status": "occurred"})],
    ),
    # who is asked to release is the one who would release
    (
        "Human Rights Watch called on Venezuela to release Leopoldo Lopez.",
        [("Venezuela", "conceded_to", "Leopoldo Lopez", {"status": "proposed"})],
    ),
    (
        "Venezuela released Leopoldo Lopez on Monday.",
        [("Venezuela", "conceded_to", "Leopoldo Lopez", {"status": "occurred"})],
    ),
    # an attack being planned has not happened; one that was planned and carried out has
    (
        "The fighters were meeting in a forest to plan an attack on Bamako.",
        [("fighters", "attacked", "Bamako", {"status": "planned"})],
    ),
    (
        "Boko Haram launched an attack on Maiduguri.",
        [("Boko Haram", "attacked", "Maiduguri", {"status": "occurred"})],
    ),
    # the one whose campaign, offensive or bid it is does what its "to" clause says
    (
        "The Nigerian army launched an offensive to retake towns held by Boko Haram.",
        [("Nigerian army", "attacked", "Boko Haram", {"status": "occurred"})],
    ),
    (
        "The Kenyan army said it was pressing its campaign to attack al-Shabab in Lamu.",
        [("Kenyan army", "attacked", "al-Shabab", {})],
    ),
    (
        "Chad's plan to attack Boko Haram in Niger was announced on Monday.",
        [("Chad", "attacked", "Boko Haram", {"status": "planned"})],
    ),
    # a state acts through "its troops"; a denial that they did denies the attack
    (
        "Pakistan denied that its troops had attacked Afghan soldiers.",
        [("Pakistan", "attacked", "Afghan soldiers", {"status": "denied"})],
    ),
    # unnamed counterparts and an unnamed official subject stand for their states
    (
        "Sergei Lavrov held talks with his Iranian counterpart in Moscow on Monday.",
        [("Iran", "met", "Sergei Lavrov", {"date": "2015-05-11"})],
    ),
    (
        "Egypt's foreign minister hosted his Jordanian and Saudi counterparts on Sunday.",
        [("Egypt", "met", "Jordan", {}), ("Egypt", "met", "Saudi Arabia", {})],
    ),
    # people in need turned or sent away were refused help; a refusal denied is help
    (
        "Malaysia turned away Rohingya migrants.",
        [("Malaysia", "supported", "Rohingya migrants", {"status": "denied"})],
    ),
    (
        "Rohingya migrants were sent away by the Thai navy on three occasions.",
        [("Thai navy", "supported", "migrants", {"status": "denied"})],
    ),
    (
        "The Philippines said it will not turn away Rohingya refugees.",
        [("Philippines", "supported", "Rohingya refugees", {"status": "planned"})],
    ),
    # two verbs share the object after the second: each says its own act
    (
        "The European Union condemned and sanctioned Belarus.",
        [
            ("European Union", "criticized", "Belarus", {"cameo": "111"}),
            ("European Union", "sanctioned", "Belarus", {}),
        ],
    ),
    (
        "The Kenyan army said it would attack and destroy al-Shabab's camps in Lamu.",
        [("Kenyan army", "attacked", "al-Shabab", {"status": "planned"})],
    ),
]

# (sentence, (subject, predicate, object)) that must not be read
NOT_FOUND: list[tuple[str, tuple[str, str, str]]] = [
    # who confirms or reports an arrest did not make it
    (
        "The arrest of Narges Mohammadi was confirmed by Amnesty International.",
        ("Amnesty International", "sanctioned", "Narges Mohammadi"),
    ),
    (
        "The detention of Mahmoud Hussein was reported by Al Jazeera.",
        ("Al Jazeera", "sanctioned", "Mahmoud Hussein"),
    ),
    # boarding a flight with someone seizes nothing
    (
        "Soltan boarded a flight from Cairo to Washington with a US consulate official.",
        ("Soltan", "coerced", "United States"),
    ),
    # who condemns a campaign does not wage it
    (
        "Amnesty International condemned the campaign to attack villages in Darfur.",
        ("Amnesty International", "attacked", "Darfur"),
    ),
    # the one who demands a release does not release
    (
        "Amnesty International demanded the immediate release of Mahmoud Hussein.",
        ("Amnesty International", "conceded_to", "Mahmoud Hussein"),
    ),
    (
        "The opposition urged the release of Leopoldo Lopez.",
        ("opposition", "conceded_to", "Leopoldo Lopez"),
    ),
    # a speaker talking about an attack did not carry it out
    (
        "In a message on January 14, Omar Hammami said of the attack in Nairobi that the "
        "leadership had chosen the target.",
        ("Omar Hammami", "attacked", "Nairobi"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_interactions_wire_constructions(extract: Any, sentence: str, expected: list[Any]) -> None:
    """Each construction yields the listed relations with the listed qualifiers."""
    graph = extract(sentence, published="2015-05-12")
    for subject, predicate, obj, qualifiers in expected:
        found = claims_between(graph, subject, predicate, obj)
        assert found, f"missing {subject} {predicate} {obj}; got {sorted(triples(graph))}"
        q = found[0].qualifiers
        got = {"status": q.status.value, "date": q.date, "cameo": q.cameo}
        for key, value in qualifiers.items():
            assert got[key] == value, (key, got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_interactions_wire_no_false_reading(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """A demanded release, a speaker's topic give no such relation."""
    graph = extract(sentence, published="2015-05-12")
    assert not claims_between(graph, *triple), sorted(triples(graph))


# (sentence, (subject, predicate, object), date) with the story published on 2015-05-12 (Tue)
DATES: list[tuple[str, tuple[str, str, str], str | None]] = [
    # the day of the setting the deed was done in dates it
    (
        "In an interview on Sunday, Hassan Rouhani accused Saudi Arabia of war crimes.",
        ("Hassan Rouhani", "criticized", "Saudi Arabia"),
        "2015-05-10",
    ),
    (
        "At a rally on Saturday, Recep Tayyip Erdogan lambasted the HDP.",
        ("Recep Tayyip Erdogan", "criticized", "HDP"),
        "2015-05-09",
    ),
    (
        "In a statement on Friday, the Arab League condemned Israel.",
        ("Arab League", "criticized", "Israel"),
        "2015-05-08",
    ),
]


@pytest.mark.parametrize(("sentence", "triple", "date"), DATES)
def test_qualifiers_date_of_the_setting(
    extract: Any, sentence: str, triple: tuple[str, str, str], date: str | None
) -> None:
    """ "In an interview on Sunday, X accused Y": the setting's day is the deed's day."""
    graph = extract(sentence, published="2015-05-12")
    found = claims_between(graph, *triple)
    assert found, f"missing {triple}; got {sorted(triples(graph))}"
    assert {r.qualifiers.date for r in found} == {date}


def test_interactions_topic_of_a_protest_is_no_deed(extract: Any) -> None:
    """ "lodged a protest over the attack on X": the protester did not attack X."""
    graph = extract(
        "Greece lodged a protest with Libya over the attack on the Maltese embassy in Tripoli.",
        published="2015-05-12",
    )
    assert ("Greece", "criticized", "Libya") in triples(graph)
    assert not [t for t in triples(graph) if t[0] == "Greece" and t[1] == "attacked"]


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("in September last year", "2014-09"),
        ("May of last year", "2014-05"),
        ("February this year", "2015-02"),
        ("last November", "2014-11"),
        ("last April", "2015-04"),
        ("next June", "2015-06"),
        ("next March", "2016-03"),
    ],
)
def test_dates_month_of_a_named_year(expression: str, value: str) -> None:
    """A month with "last/this/next year", or after "last"/"next", is that month."""
    from kg.extract.dates import resolve_date

    assert resolve_date(expression, "2015-05-12") == value
