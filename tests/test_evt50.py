"""Expulsions asked for, and events done without (evt50).

"called for the expulsion of X from Y": the body X would be expelled from is the one that
would sanction X, as for a suspension or an exclusion (``kg/data/en/triggers.jsonl``, the
"expulsion ... from" row); from a country, it is the country's deportation (``body_from``).
"a deal without the expulsion of X": an event under "without" did not take place
(``denied_preps`` in ``kg/data/en/cues.json``; kg/extract/qualifiers.py), unless the clause
is negated ("not a day passes without ...").
Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, statuses, triples

Triple = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya called for the expulsion of Uganda from the African Union.",
            ("African Union", "sanctioned", "Uganda"),
        ),
        (
            "Egypt has demanded the expulsion of Qatar from FIFA.",
            ("FIFA", "sanctioned", "Qatar"),
        ),
        (
            "Such abuses prompted Norway to demand the expulsion of Belarus from the Council "
            "of Europe.",
            ("Council of Europe", "sanctioned", "Belarus"),
        ),
    ],
)
def test_triggers_expulsion_from_a_body_is_the_bodys_sanction(
    extract: Any, text: str, expected: Triple
) -> None:
    """An expulsion of X from a body, asked for, is the body's sanction of X, proposed."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert statuses(graph, expected) == {"proposed"}


def test_triggers_expulsion_from_a_country_is_a_deportation(extract: Any) -> None:
    """An expulsion of X from a country is the country's deportation (174), not a body's
    sanction (166)."""
    graph = extract(
        "Chad condemned the expulsion of Sudanese refugees from Niger.", published="2015-06-10"
    )
    found = claims_between(graph, "Niger", "sanctioned", "Sudanese refugees")
    assert {r.qualifiers.cameo for r in found} == {"174"}


def test_triggers_expulsion_from_is_no_sanction_of_the_body(extract: Any) -> None:
    """The body one is expelled from is not the one sanctioned."""
    graph = extract(
        "Kenya called for the expulsion of Uganda from the African Union.", published="2015-06-10"
    )
    assert ("Uganda", "sanctioned", "African Union") not in triples(graph)
    assert ("Kenya", "sanctioned", "African Union") not in triples(graph)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Kenya signed the deal without the expulsion of Uganda from the African Union.",
            ("African Union", "sanctioned", "Uganda"),
        ),
        (
            "A truce was agreed that would see Ghana sit with Togo to settle their dispute, "
            "without the suspension of Togo from the African Union.",
            ("African Union", "sanctioned", "Togo"),
        ),
    ],
)
def test_qualifiers_event_without_did_not_happen(extract: Any, text: str, triple: Triple) -> None:
    """An event under "without" is denied, never told as having happened."""
    graph = extract(text, published="2015-06-10")
    assert statuses(graph, triple) == {"denied"}


def test_qualifiers_without_after_the_event_leaves_it(extract: Any) -> None:
    """A "without" phrase after the event ("met X without his advisers") leaves it as told."""
    graph = extract("Erdogan met Putin without his advisers.", published="2015-06-10")
    assert statuses(graph, ("Recep Tayyip Erdogan", "met", "Vladimir Putin")) == {"occurred"}


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            "Modi left Tokyo without a meeting with Shinzo Abe.",
            ("Narendra Modi", "met", "Shinzo Abe"),
        ),
        ("Kenya signed the deal without consulting Uganda.", ("Kenya", "met", "Uganda")),
    ],
)
def test_qualifiers_meeting_without_is_denied(extract: Any, text: str, triple: Triple) -> None:
    """A meeting the subject did "without" did not happen: its subject took no part in it."""
    graph = extract(text, published="2015-06-10")
    found = statuses(graph, triple) | statuses(graph, (triple[2], triple[1], triple[0]))
    assert found == {"denied"}


def test_interactions_without_names_no_doer_from_the_clause(extract: Any) -> None:
    """An event noun under "without" is not done by the clause's subject ("would see X sit
    with Y ..., without the expulsion of Z from the game": X expels no one)."""
    graph = extract(
        "A deal was reached that would see the Egyptian Football Association sit with the "
        "Algerian Football Federation and representatives from FIFA to work out their issues, "
        "without the expulsion of Algeria from the global game.",
        published="2015-06-10",
    )
    assert not {t for t in triples(graph) if t[1] == "sanctioned"}


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "Indian Prime Minister Narendra Modi was due to visit Srinagar.",
            ("Narendra Modi", "visited", "Srinagar"),
            "planned",
        ),
        (
            "Indian Prime Minister Narendra Modi toured Srinagar.",
            ("Narendra Modi", "visited", "Srinagar"),
            "occurred",
        ),
    ],
)
def test_interactions_visit_at_home_is_a_visit(
    extract: Any, text: str, expected: Triple, status: str
) -> None:
    """A leader who visits or tours a place of his own country visits it."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert statuses(graph, expected) == {status}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Indian Prime Minister Narendra Modi arrived in Srinagar.", "Srinagar"),
        ("Indian Prime Minister Narendra Modi returned to Delhi.", "Delhi"),
    ],
)
def test_interactions_arrival_at_home_is_no_visit(extract: Any, text: str, place: str) -> None:
    """Arriving at or returning to a place of one's own country is still no visit."""
    graph = extract(text, published="2015-06-10")
    assert ("Narendra Modi", "visited", place) not in triples(graph)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        ("Not a day passes without Russian attacks on Ukraine.", ("Russia", "attacked", "Ukraine")),
        ("No week goes by without Turkish strikes on Syria.", ("Turkey", "attacked", "Syria")),
    ],
)
def test_qualifiers_without_under_a_negation_happened(
    extract: Any, text: str, triple: Triple
) -> None:
    """ "Not a day passes without X": under a negation, "without" says the event keeps happening."""
    graph = extract(text, published="2015-06-10")
    assert statuses(graph, triple) == {"occurred"}
