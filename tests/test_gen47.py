"""Criticism kg missed on the held-out sets (issue 12, gen47).

1. Denying, dismissing, rejecting, rebutting or refuting an accusation, allegation, charge or
   claim rejects its maker, named as its owner or after "by"/"from": "denied claims by Iraq's
   government that ...", "rejected Ukraine's accusations" -> criticized, CAMEO 120 REJECT
   (tools/lexicon/seeds/reject.txt -> kg/data/en/triggers.jsonl). The accused ("charges
   against its soldiers", "allegations of torture") is not the maker; an accusation with no
   maker named makes no claim.
2. "insinuated that Y was behind the plot" accuses Y as "alleged that" does: criticized, CAMEO
   112 (``allegation_verbs`` in kg/data/en/demands.json). Not "imply", which news also says of
   what is no wrong ("implied that Greece would stay in the euro").
Sentences of our own about other actors than the articles the rule was learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnam denied the accusations by China.", ("Vietnam", "China")),
        ("Colombia rejected Venezuela's allegations.", ("Colombia", "Venezuela")),
        (
            "Uganda dismissed claims by Human Rights Watch that its soldiers had tortured "
            "detainees.",
            ("Uganda", "Human Rights Watch"),
        ),
        (
            "Serbia denied charges from Croatia that it had armed the militias.",
            ("Serbia", "Croatia"),
        ),
        ("Ghana refuted the Nigerian claims.", ("Ghana", "Nigeria")),
    ],
)
def test_gen47_denying_an_accusation_criticizes_its_maker(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """The actor denying or rejecting an accusation criticized (rejected) its maker."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "criticized")


def test_gen47_rejected_allegation_is_a_rejection_not_an_accusation(extract: Any) -> None:
    """ "Cuba rejected the US allegations as baseless": Cuba rejects (120), it accuses no one
    (the bare allegation noun's 112 is not read as Cuba's)."""
    graph = extract("Cuba rejected the US allegations as baseless.", published="2015-06-10")
    codes = {
        c.qualifiers.cameo
        for c in graph.claims
        if c.object is not None and c.predicate.value == "criticized"
    }
    assert ("Cuba", "United States") in pairs(graph, "criticized")
    assert codes == {"120"}


@pytest.mark.parametrize(
    "text",
    [
        "Algeria denied the charges against its soldiers.",
        "Morocco denied the allegations.",
        "Tunisia rejected allegations of torture in its prisons.",
        "Jordan denied the claims and said its border was closed.",
    ],
)
def test_gen47_denial_without_a_maker_names_no_one(extract: Any, text: str) -> None:
    """The accused or the crime alleged is not the accusation's maker: no criticized claim."""
    graph = extract(text, published="2015-06-10")
    assert pairs(graph, "criticized") == set()


def test_gen47_insinuating_accuses_the_clause_doer(extract: Any) -> None:
    """ "Correa insinuated that Colombia was behind the plot": an accusation."""
    graph = extract(
        "Rafael Correa insinuated that Colombia was behind the plot.", published="2015-06-10"
    )
    assert ("Rafael Correa", "Colombia") in pairs(graph, "criticized")


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel implied that Greece would stay in the euro.",
        "Barack Obama implied that Iran had kept its commitments.",
    ],
)
def test_gen47_implying_accuses_no_one(extract: Any, text: str) -> None:
    """ "imply" tells no wrong by itself: no criticized claim on the clause's doer."""
    graph = extract(text, published="2015-06-10")
    assert pairs(graph, "criticized") == set()
