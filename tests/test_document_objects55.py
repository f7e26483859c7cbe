"""Rulings, orders, plans, projects and bids as what actors back or oppose (doc55;
kg/extract/decisions.py, ``decisions`` of kg/data/en/cues.json; the law's plural references and
challenging verbs of ``measures``).

1. A document noun something classes (a noun or name in front, a number, a named owner) that
   is the object of a verb of support or criticism, its passive subject or the object of the
   trigger's preposition is an Event node labelled as written; appealing one criticises it.
2. A definite one with nothing to class it is the one of its word the article classed last;
   "the ruling", "the verdict", "the judgement" make a node by themselves.
3. "the new rules" refer to the law the article named or introduced.
4. A speaker's verdict on a document ("said the verdict was unjust") criticises or supports
   it (the verdict words of ``evaluations``), unless denied or put as a condition.
5. No node for an unclassed or indefinite plan, bid or decision ("rejected the plan"), for
   "any future ban", for a person's document ("Kabila's bid for a third term"), for verbs
   that take no stance ("won the bid", "enforced the order"), and no person named inside the
   document is its object.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # 1. a classed document
        (
            "Maria Lopez appealed the deportation order in a Madrid court on Monday.",
            "criticized",
            ("Maria Lopez", "deportation order"),
        ),
        (
            "Farmers in the valley are opposing the $2bn Conga mining project.",
            "criticized",
            ("Farmers", "$2bn Conga mining project"),
        ),
        (
            "Germany backed the debt relief plan on Friday.",
            "supported",
            ("Germany", "debt relief plan"),
        ),
        (
            "Amnesty International condemned the travel ban on Mohamed Soltan.",
            "criticized",
            ("Amnesty International", "travel ban"),
        ),
        # 2. a definite one: the one classed last, or a ruling by itself
        (
            "Police are investigating Brazil's 2016 bid. Carlos Nuzman defended the bid on Monday.",
            "supported",
            ("Carlos Nuzman", "Brazil's 2016 bid"),
        ),
        (
            "The ruling has been criticised by Human Rights Watch.",
            "criticized",
            ("Human Rights Watch", "ruling"),
        ),
        (
            "Greenpeace welcomed the court's verdict on Tuesday.",
            "supported",
            ("Greenpeace", "verdict"),
        ),
        # a speaker's verdict on the document
        (
            "Amnesty International said the verdict was unjust.",
            "criticized",
            ("Amnesty International", "verdict"),
        ),
        (
            "Human Rights Watch said the demolition order was illegal.",
            "criticized",
            ("Human Rights Watch", "demolition order"),
        ),
        (
            "Oxfam said the court's ruling was a breakthrough.",
            "supported",
            ("Oxfam", "ruling"),
        ),
        # 3. the law's new rules
        (
            "Kenya's parliament passed a new security law on Tuesday. The Law Society of "
            "Kenya has come out against the new rules.",
            "criticized",
            ("Law Society of Kenya", "security law"),
        ),
    ],
)
def test_document_objects_stances(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """A document backed or opposed is an Event node the actor supports or criticises."""
    assert expected in pairs(extract(text, published="2015-06-10"), predicate)


@pytest.mark.parametrize(
    ("text", "predicate", "pair"),
    [
        # an indefinite or unclassed plan, bid or decision makes no node
        (
            "Amnesty International criticised a plan to build the dam.",
            "criticized",
            ("Amnesty International", "plan"),
        ),
        (
            "The Colombian opposition rejected the plan.",
            "criticized",
            ("Colombian opposition", "plan"),
        ),
        (
            "Oxfam welcomed the decision on Monday.",
            "supported",
            ("Oxfam", "decision"),
        ),
        # no one document of the article
        (
            "Rights groups condemned any future ban on protests.",
            "criticized",
            ("Rights groups", "future ban"),
        ),
        # verbs that take no stance
        ("Kenya won the 2016 bid to host the games.", "supported", ("Kenya", "2016 bid")),
        (
            "Kenyan police enforced the curfew order in Nairobi.",
            "supported",
            ("Kenyan police", "curfew order"),
        ),
        # a common owner's document is no earlier one that had no owner (rev55a)
        (
            "Greek voters rejected the EU bailout plan on Sunday. Germany backed the "
            "government's plan on Monday.",
            "supported",
            ("Germany", "EU bailout plan"),
        ),
        (
            "Shell opened the Arctic drilling project in May. Activists opposed the company's "
            "project in Nigeria.",
            "criticized",
            ("Activists", "Arctic drilling project"),
        ),
        # looking into a document is no stance on it (rev55a)
        (
            "Police are investigating Brazil's 2016 bid. Carlos Nuzman defended the bid on Monday.",
            "criticized",
            ("Police", "Brazil's 2016 bid"),
        ),
        (
            "Swiss prosecutors are probing Russia's 2018 bid, which was criticised by FIFA.",
            "criticized",
            ("Swiss prosecutors", "Russia's 2018 bid"),
        ),
        (
            "Auditors from the World Bank reviewed the Inga dam project in March.",
            "criticized",
            ("World Bank", "Inga dam project"),
        ),
        (
            "Egyptian lawmakers examined the Suez Canal expansion plan on Sunday.",
            "criticized",
            ("Egyptian lawmakers", "Suez Canal expansion plan"),
        ),
        # appealing to someone is a request, not an attack on a document
        (
            "Lawyers for Ahmed Mansour appealed to the court on Monday.",
            "criticized",
            ("Ahmed Mansour", "court"),
        ),
        # no law in the article: "the new rules" are no one's
        (
            "The Football Association has come out against the new rules.",
            "criticized",
            ("Football Association", "rules"),
        ),
        # other rules than the law's
        (
            "Kenya's parliament passed a new security law on Tuesday. Safaricom has come out "
            "against the new EU rules.",
            "criticized",
            ("Safaricom", "security law"),
        ),
        # a verdict denied or put as a condition is none
        (
            "Human Rights Watch said the demolition order was not illegal.",
            "criticized",
            ("Human Rights Watch", "demolition order"),
        ),
        (
            "Oxfam said the court's ruling would be a breakthrough.",
            "supported",
            ("Oxfam", "ruling"),
        ),
        # a person's document is a stance on the person, not a node
        (
            "Rights groups opposed President Joseph Kabila's bid for a third term.",
            "criticized",
            ("Rights groups", "Joseph Kabila's bid"),
        ),
        # the person named inside the document is not its object
        (
            "Amnesty International condemned the travel ban on Mohamed Soltan.",
            "criticized",
            ("Amnesty International", "Mohamed Soltan"),
        ),
    ],
)
def test_document_objects_no_claim(
    extract: Any, text: str, predicate: str, pair: tuple[str, str]
) -> None:
    """No claim to a document that is no one document of the article, or with no stance."""
    assert pair not in pairs(extract(text, published="2015-06-10"), predicate)


def test_document_objects_one_node_per_document(extract: Any) -> None:
    """A definite reference to a classed document joins its node: one Event node."""
    graph = extract(
        "Oxfam opposed the Mekong dam project in May. Greenpeace also criticised the "
        "project on Tuesday.",
        published="2015-06-10",
    )
    found = pairs(graph, "criticized")
    assert ("Oxfam", "Mekong dam project") in found
    assert ("Greenpeace", "Mekong dam project") in found
    assert "project" not in labels_of_type(graph, "Event")


def test_document_objects_label_has_no_determiner(extract: Any) -> None:
    """A determiner the parser hung on a modifier ("the Egyptian court ruling") is no part of
    the document's label (rev55a)."""
    graph = extract(
        "Protesters denounced the Egyptian court ruling that jailed activists.",
        published="2015-06-10",
    )
    events = labels_of_type(graph, "Event")
    assert not any(e.lower().startswith("the ") for e in events)
    assert ("Protesters", "Egyptian court ruling") in pairs(graph, "criticized")
