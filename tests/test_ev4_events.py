"""Event constructions of untuned news: a denial that governs the report in the next
sentence; a place that "fell to" or "was overrun by" an armed group; aid that arrived.
Sentences are about other actors than the seed's and the benchmark's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


def _claims(graph: Any, s: str, p: str, o: str) -> list[Any]:
    return [
        r
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label.lower() == s.lower()
        and r.predicate.value == p
        and graph.entities[r.object].label.lower() == o.lower()
    ]


# (text, (subject, predicate, object), status)
DENIED_REPORTS: list[tuple[str, tuple[str, str, str], str]] = [
    # the report the sentence before denied is denied too
    (
        "The Turkish army denied claims that its jets had bombed a village in northern Iraq.\n\n"
        "Kurdish officials said Turkish jets had bombed Kurdish fighters near Zakho.",
        ("Turkish army", "attacked", "Kurdish fighters"),
        "denied",
    ),
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Residents said a raid by the Nigerian army had killed Ali Modu.",
        ("Nigerian army", "attacked", "Ali Modu"),
        "denied",
    ),
    # a report of another event after the denial stands
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Residents said Boko Haram had met Chadian officials in Maiduguri.",
        ("Boko Haram", "met", "Chadian officials"),
        "occurred",
    ),
    # a denial of something else (no report) leaves the next report alone
    (
        "Nigeria rejected the proposal. "
        "Residents said a raid by the Nigerian army had killed Ali Modu.",
        ("Nigerian army", "attacked", "Ali Modu"),
        "occurred",
    ),
    # the writer's own statement after a denial is no report
    (
        "Nigeria rejected reports that its soldiers had raided a market in Borno. "
        "Nigerian soldiers attacked Boko Haram in Bama on Monday.",
        ("Nigerian soldiers", "attacked", "Boko Haram"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), DENIED_REPORTS)
def test_qualifiers_denied_report_governs_next_sentence(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A reported event right after a denial of a report of that event is denied."""
    graph = extract(text, published="2015-05-12")
    found = _claims(graph, *triple)
    assert found, sorted(triples(graph))
    assert {r.qualifiers.status.value for r in found} == {status}


# (text, (taker, place) or None for no such claim, status)
FALLEN: list[tuple[str, tuple[str, str], str | None]] = [
    ("Mosul fell to Islamic State fighters in June.", ("Islamic State", "Mosul"), "occurred"),
    (
        "Last month, the city of Idlib fell into the hands of the Nusra Front.",
        ("Nusra Front", "Idlib"),
        "occurred",
    ),
    (
        "Residents said the district of Tawahi had fallen into the control of the Houthis.",
        ("Houthis", "Tawahi"),
        "occurred",
    ),
    (
        "On Sunday, the Syrian city of Palmyra was overrun by the Nusra Front.",
        ("Nusra Front", "Palmyra"),
        "occurred",
    ),
    (
        "Last year Mosul was overrun by Islamic State fighters.",
        ("Islamic State", "Mosul"),
        "occurred",
    ),
    # a fall feared is no fall
    (
        "Officials warned that Mosul could fall to Islamic State fighters.",
        ("Islamic State", "Mosul"),
        "hypothetical",
    ),
    # a match lost, goods, a share, a task: no place taken by an armed group
    ("Kenya fell to Nigeria in the final.", ("Nigeria", "Kenya"), None),
    ("Rafael Nadal fell to Novak Djokovic in Paris.", ("Novak Djokovic", "Rafael Nadal"), None),
    # whose fighters: no guess
    (
        "The Nusra Front fought in Syria. Later the city of Idlib fell to fighters.",
        ("Nusra Front", "Idlib"),
        None,
    ),
    ("The task of rebuilding Gaza fell to the United Nations.", ("United Nations", "Gaza"), None),
]


@pytest.mark.parametrize(("text", "pair", "status"), FALLEN)
def test_assaults_place_fell_to_taker(
    extract: Any, text: str, pair: tuple[str, str], status: str | None
) -> None:
    """A town or city that fell to, into the hands of, or was overrun by X: X attacked it (192)."""
    graph = extract(text, published="2015-05-12")
    found = _claims(graph, pair[0], "attacked", pair[1])
    if status is None:
        assert not found, sorted(triples(graph))
        return
    assert found, sorted(triples(graph))
    assert {(r.qualifiers.status.value, r.qualifiers.cameo) for r in found} == {(status, "192")}


# (text, (giver, recipient), place, whether the claim is made)
AID_ARRIVED: list[tuple[str, tuple[str, str], str | None, bool]] = [
    (
        "Fighting goes on in Yemen. A ship carrying 300 tonnes of Turkish aid docked in Aden.",
        ("Turkey", "Yemen"),
        "Aden",
        True,
    ),
    (
        "Nepal was hit by a quake. Aid from India arrived in Kathmandu on Sunday.",
        ("India", "Nepal"),
        "Kathmandu",
        True,
    ),
    ("Aid from Qatar reached Yemen on Sunday.", ("Qatar", "Yemen"), None, True),
    (
        "Fighting goes on in Yemen. A ship carrying 460 tonnes of Emirati aid docked in Aden.",
        ("United Arab Emirates", "Yemen"),
        "Aden",
        True,
    ),
    # a stop on the way: the aid is bound elsewhere
    (
        "A Turkish cargo ship loaded with aid bound for Gaza has arrived in Egypt.",
        ("Turkey", "Egypt"),
        None,
        False,
    ),
    # people or goods for a side are no aid given to the country
    ("Syrian refugees arrived in Turkey.", ("Syria", "Turkey"), None, False),
    (
        "Fighting goes on in Syria. Russian troops arrived in Latakia.",
        ("Russia", "Syria"),
        None,
        False,
    ),
]


@pytest.mark.parametrize(("text", "pair", "place", "expected"), AID_ARRIVED)
def test_interactions_aid_arrived_supports(
    extract: Any, text: str, pair: tuple[str, str], place: str | None, expected: bool
) -> None:
    """Aid of X that arrived in a place: X supported the place's country (070)."""
    graph = extract(text, published="2015-05-12")
    found = _claims(graph, pair[0], "supported", pair[1])
    if not expected:
        assert not found, sorted(triples(graph))
        return
    assert found, sorted(triples(graph))
    assert {(r.qualifiers.cameo, r.qualifiers.place) for r in found} == {("070", place)}
