"""Laws, bills and deals as what actors back or oppose (issue 12, evt1;
kg/extract/measures.py, ``measures`` of kg/data/en/cues.json).

1. A named law ("the Clean Water Act") or treaty as the object of a verb of support or
   criticism, its passive subject or the object of the trigger's preposition is an Event node
   the actor supports or criticises; passing, approving, adopting a law supports it.
2. "the bill", "the legislation", "the new law" refer to the law the story's opening names or
   introduces ("a new media law" -> "media law"), else to the one named or introduced last;
   with no law named or introduced before, they give no claim.
3. A stance noun the law hangs on: a role ("a leading critic of the deal") or an act of
   stance with its holder ("Oxfam's opposition to the law").
4. A bare noun outside the headline is law in general ("did not violate electoral law"), and
   "violated the law", "the previous law", "international law" take no stance.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # 1. a named law or treaty
        (
            "Canada's parliament passed the Clean Water Act on Tuesday.",
            "supported",
            ("Canada's parliament", "Clean Water Act"),
        ),
        (
            "The Data Retention Law has been criticised by Human Rights Watch.",
            "criticized",
            ("Human Rights Watch", "Data Retention Law"),
        ),
        (
            "Greenpeace has protested against the Fisheries Treaty.",
            "criticized",
            ("Greenpeace", "Fisheries Treaty"),
        ),
        # 2. a definite reference to the article's law
        (
            "Chile approves new media law\nChilean senators approved a new media law on "
            "Monday. The Organization of American States has come out against the proposed "
            "legislation.",
            "criticized",
            ("Organization of American States", "media law"),
        ),
        (
            "Lawmakers in Peru have approved a new mining law. Ollanta Humala has fiercely "
            "defended the bill.",
            "supported",
            ("Ollanta Humala", "mining law"),
        ),
        (
            "The Kenyan parliament passed the Security Laws Act in December. The so-called "
            '"terror law" has been criticised by Amnesty International.',
            "criticized",
            ("Amnesty International", "Security Laws Act"),
        ),
        (
            "Norway and Iceland signed a fishing deal last year. Greenpeace has criticised "
            "the deal.",
            "criticized",
            ("Greenpeace", "fishing deal"),
        ),
        # a stance noun: a role, an act of stance with its holder
        (
            "Norway and Iceland signed a fishing treaty in March. Greenpeace is a fierce "
            "opponent of the treaty.",
            "criticized",
            ("Greenpeace", "fishing treaty"),
        ),
        (
            "Chile passed a new water law in April. The statement was signed by Maria Soto of "
            "the Chilean Water Alliance, a leading critic of the law.",
            "criticized",
            ("Chilean Water Alliance", "water law"),
        ),
        (
            "Lawmakers in Peru approved a new mining law in May. Oxfam's opposition to the law "
            "is well known.",
            "criticized",
            ("Oxfam", "mining law"),
        ),
        (
            "Chile approves new media law\nChilean senators have approved a new media law "
            "that would let the state watch its citizens despite criticism from rights groups "
            "that the bill is too vague.",
            "criticized",
            ("rights groups", "media law"),
        ),
        # through what is done to the law
        (
            "Kenya and Uganda have signed a water sharing accord. The head of the Kenyan "
            "army, John Mwangi, has resisted the signing of the accord.",
            "criticized",
            ("John Mwangi", "water sharing accord"),
        ),
        (
            "Kenya and Uganda have signed a water sharing accord. Greenpeace welcomed the "
            "ratification of the accord.",
            "supported",
            ("Greenpeace", "water sharing accord"),
        ),
    ],
)
def test_law_stances(extract: Any, text: str, predicate: str, expected: tuple[str, str]) -> None:
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "obj"),
    [
        # no law named or introduced before "the bill"
        ("Amnesty International has protested against the bill.", "criticized", "bill"),
        # a bare noun in the body is law in general
        (
            "Mr Tanaka did not violate aviation safety law, the court in Osaka said.",
            "criticized",
            "aviation safety law",
        ),
        # law in general, or an earlier law
        (
            "Human Rights Watch said Israel had violated international law.",
            "criticized",
            "international law",
        ),
        (
            "Turkey adopted a new press law in June. The previous law was opposed by "
            "the European Union.",
            "criticized",
            "press law",
        ),
        # a former critic takes no stance now
        (
            "Peru passed a new mining law. Oxfam, a former critic of the law, said little.",
            "criticized",
            "mining law",
        ),
    ],
)
def test_no_law_stance(extract: Any, text: str, predicate: str, obj: str) -> None:
    graph = extract(text, published="2015-06-10")
    assert not {p for p in pairs(graph, predicate) if p[1] == obj}
    if not {p for p in pairs(graph, "supported") if p[1] == obj}:
        assert obj not in labels_of_type(graph, "Event")  # no node but the law's supporters


def test_reference_prefers_the_opening_law(extract: Any) -> None:
    """The headline's law is the one "the bill" is, though another is named in between."""
    text = (
        "Japan lawmakers approve controversial security law\n"
        "Japanese lawmakers have approved a new security law. Unlike the Patriot Act, it "
        "needs a judge. Shinzo Abe has defended the bill."
    )
    graph = extract(text, published="2015-06-10")
    assert ("Shinzo Abe", "security law") in pairs(graph, "supported")
    assert ("Shinzo Abe", "Patriot Act") not in pairs(graph, "supported")


def test_law_broken_is_no_stance(extract: Any) -> None:
    """A law passed is supported; one violated is not criticised by its violator."""
    graph = extract(
        "Kenya passed a new media law in May. The Daily Nation violated the law, the Kenyan "
        "government said.",
        published="2015-06-10",
    )
    assert ("Kenya", "media law") in pairs(graph, "supported")
    assert not {p for p in pairs(graph, "criticized") if p[1] == "media law"}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # the name the text gives the opening's unnamed deal is its node
        (
            "Bolivia signs secret mining deal\nBolivia has signed a secret mining deal with "
            "China. The leaked text outlines the so-called Andean Mining Agreement. Oxfam, a "
            "leading critic of the deal, said it would hurt farmers.",
            ("Oxfam", "Andean Mining Agreement"),
            ("Oxfam", "mining deal"),
        ),
        # a name not given as a name leaves the opening's law alone
        (
            "Bolivia signs secret mining deal\nBolivia has signed a secret mining deal with "
            "China. Unlike the Andean Mining Agreement, it is secret. Oxfam, a leading critic "
            "of the deal, said it would hurt farmers.",
            ("Oxfam", "mining deal"),
            ("Oxfam", "Andean Mining Agreement"),
        ),
    ],
)
def test_named_later(
    extract: Any, text: str, expected: tuple[str, str], not_expected: tuple[str, str]
) -> None:
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "criticized")
    assert not_expected not in pairs(graph, "criticized")


@pytest.mark.parametrize(
    ("text", "law"),
    [
        # a definite reference to the law the opening names
        (
            "The Kenyan parliament passed the Security Laws Act in December. Amnesty "
            "International has criticised the law.",
            "Security Laws Act",
        ),
        (
            "Hungary adopted the Public Media Act on Monday. Reporters Without Borders "
            "condemned the act, and the EU criticised the law.",
            "Public Media Act",
        ),
        # an unnamed deal the article then names
        (
            "Bolivia signs secret mining deal\nBolivia has signed the so-called Andean Mining "
            "Agreement with China. Oxfam, a leading critic of the deal, said it would hurt "
            "farmers.",
            "Andean Mining Agreement",
        ),
    ],
)
def test_evt1_named_law_is_one_node(extract: Any, text: str, law: str) -> None:
    """A reference to a named law joins the law's own node: one Event node of its name."""
    graph = extract(text, published="2015-06-10")
    assert [e.label for e in graph.entities.values()].count(law) == 1


def test_evt1_unnamed_law_keeps_its_words(extract: Any) -> None:
    """A law the article never names stays the node of its words, scoped to the article."""
    graph = extract(
        "Lawmakers in Peru have approved a new mining law. Ollanta Humala has fiercely "
        "defended the bill.",
        published="2015-06-10",
    )
    assert [e.label for e in graph.entities.values()].count("mining law") == 1
