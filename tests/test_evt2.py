"""Elections, referendums, talks and constitutional changes as what actors back or oppose
(issues 12/13, evt2; kg/extract/measures.py ``contests``, ``contests`` of
kg/data/en/cues.json; the ``be @against`` row of tools/lexicon/seeds/stance_idioms.txt).

1. An election, a referendum or talks as the object of a verb of support or criticism, of
   the trigger's preposition or of a stance noun is an Event node of its article, labelled
   by its kind ("parliamentary elections", "peace talks") or, with none, by the label the
   article gave the noun elsewhere, else by the noun; boycotting one criticises it; a
   withdrawn support is a denied one.
2. A change of the constitution the article proposes ("to change the constitution", "a
   constitutional amendment") is the object of a definite change after it ("such a change").
3. "be against X" is a criticism of X, for any actor object.
4. Talks with or between actors are no object; disrupting, blocking or winning an election
   and a change with no proposal before it take no stance.
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs, statuses


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        (
            "Only Peru's Popular Party opposes the peace talks.",
            "criticized",
            ("Popular Party", "peace talks"),
        ),
        (
            "The Liberal Party boycotted the referendum on Sunday.",
            "criticized",
            ("Liberal Party", "referendum"),
        ),
        (
            "The Orange Democratic Movement announced its decision to boycott next month's "
            "parliamentary elections.",
            "criticized",
            ("Orange Democratic Movement", "parliamentary elections"),
        ),
        (
            "Ecuador held local elections in March. The Green Party and the Labour Party are "
            "against the elections.",
            "criticized",
            ("Green Party", "local elections"),
        ),
        (
            "The ruling party wants to change the constitution. The Green Party and the "
            "Labour Party are against such a change.",
            "criticized",
            ("Labour Party", "constitutional change"),
        ),
        (
            "The Socialist Party opposed the constitutional amendment.",
            "criticized",
            ("Socialist Party", "constitutional amendment"),
        ),
        (
            "The Kenya National Union of Teachers is against President Uhuru Kenyatta.",
            "criticized",
            ("Kenya National Union of Teachers", "Uhuru Kenyatta"),
        ),
        (
            "Kenya and Tanzania are against Uganda.",
            "criticized",
            ("Tanzania", "Uganda"),
        ),
    ],
)
def test_evt2_stance_found(
    extract: Any, text: str, predicate: str, expected: tuple[str, str]
) -> None:
    """The stance on the election, talks or change, labelled by its kind."""
    assert expected in pairs(extract(text, published="2015-06-01"), predicate)


def test_evt2_withdrawn_support_is_denied(extract: Any) -> None:
    """ "has withdrawn its support for the elections": a support no longer held."""
    graph = extract(
        "Ghana's Anglican Church has withdrawn its support for the upcoming presidential "
        "and parliamentary elections.",
        published="2015-06-01",
    )
    assert statuses(graph, ("Anglican Church", "supported", "elections")) == {"denied"}


@pytest.mark.parametrize(
    ("text", "predicate", "obj"),
    [
        # talks with or between actors are negotiated_with, not an object
        ("Chile welcomed the talks between Bolivia and Peru.", "supported", "talks"),
        ("The Popular Party opposes talks with the rebels.", "criticized", "talks"),
        # disrupting or blocking a vote is an attack or a threat, not a criticism
        ("Kenyan protesters tried to disrupt Sunday's elections.", "criticized", "elections"),
        ("The Liberal Party vowed to block the referendum.", "criticized", "referendum"),
        # winning one is no stance
        (
            "The Liberal Party won the parliamentary elections.",
            "supported",
            "parliamentary elections",
        ),
        # a change with no proposal of one before it: no node to take it
        ("The Green Party is against such a change.", "criticized", "change"),
        ("The Green Party is against such a change.", "criticized", "constitutional change"),
        # a change of something else
        (
            "The government wants to change the tax code. The Green Party is against such a "
            "change.",
            "criticized",
            "constitutional change",
        ),
    ],
)
def test_evt2_no_stance(extract: Any, text: str, predicate: str, obj: str) -> None:
    """No stance claim on an election, talks or change here."""
    graph = extract(text, published="2015-06-01")
    assert not [p for p in pairs(graph, predicate) if p[1] == obj]


def test_evt2_no_stance_on_non_actor_against(extract: Any) -> None:
    """ "The odds are against X": the subject is no actor, so no criticism of X."""
    graph = extract("The odds are against the Green Party.", published="2015-06-01")
    assert not [p for p in pairs(graph, "criticized") if p[1] == "Green Party"]
