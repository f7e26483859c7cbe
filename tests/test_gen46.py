"""Support, visits and names kg missed on the held-out sets (issue 12/13, gen46).

1. Whoever acts to put a leader back supports him: "a campaign aimed at restoring President
   X to power", "air strikes to restore the government of X", "returned X to power"
   (kg/extract/restorations.py; ``restorations`` in kg/data/en/cues.json). Not "restore order
   to the city", nor a leader returned to a place.
2. "would vote for X" supports X; "vote against X" stays a rejection
   (kg/data/en/triggers.jsonl).
3. "returned from X" is a visit to X (kg/data/en/triggers.jsonl).
4. A plural the model tagged without its capitalised adjective ("the Free Democrats":
   "Democrats") is named with it; a demonym in front stays apart
   (kg/resolve/entities.py ``_party_adjective``).
5. "The Conservative party formed ...": a capitalised name before a lower-case "party" after "the",
   untagged by the model, is an organisation; a demonym alone ("the Kurdish party") is none
   (kg/resolve/entities.py ``_untagged_parties``).
6. A person's name right after a counterpart or title noun, which the parser hung on the verb
   as a bare modifier ("met his Israeli counterpart Ofer Eini"), is the one met, not the
   counterpart's country (kg/extract/interactions.py ``_stray_apposition``).
7. A "who" clause the parser hung on the last noun of a person's title ("X, the envoy for
   trade, industry, and labour who travelled to Y") is about the person; not when that noun is
   people ("the minister for refugees who fled"; kg/extract/context.py
   ``_title_tail_antecedent``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import labels_of_type, pairs, triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chad has been fighting rebels since May in a campaign aimed at restoring "
            "President Faustin Touadera to power.",
            ("Chad", "Faustin Touadera"),
        ),
        (
            "Ethiopia launched air strikes in Somalia to restore the government of President "
            "Abdullahi Yusuf.",
            ("Ethiopia", "Abdullahi Yusuf"),
        ),
        (
            "France helped restore Alassane Ouattara to power in 2011.",
            ("France", "Alassane Ouattara"),
        ),
    ],
)
def test_gen46_restoring_a_leader_supports_him(
    extract: Any, text: str, expected: tuple[str, str]
) -> None:
    """The actor restoring a leader to power supported the leader."""
    graph = extract(text, published="2015-06-10")
    assert expected in pairs(graph, "supported")


@pytest.mark.parametrize(
    "text",
    [
        "Chad wants to restore order to the city of Abeche.",
        "Chad returned Moussa Faki to Ndjamena on Monday.",
        "Ethiopia restored the statue of Haile Selassie to the square.",
    ],
)
def test_gen46_restoring_no_leader_is_no_support(extract: Any, text: str) -> None:
    """Order, a person sent back to a place or a thing restored: nobody is supported."""
    graph = extract(text, published="2015-06-10")
    assert not [t for t in triples(graph) if t[1] == "supported" and t[0] in ("Chad", "Ethiopia")]


def test_gen46_vote_for_is_support(extract: Any) -> None:
    """ "said she would vote for X": support of X; "vote against X" is none."""
    graph = extract(
        "Maria Santos, a teacher from Lisbon, said she would vote for the Socialist Party. "
        "Joao Costa, a driver from Porto, said he would vote against the Left Bloc.",
        published="2015-06-10",
    )
    supported = pairs(graph, "supported")
    assert ("Maria Santos", "Socialist Party") in supported
    assert not [p for p in supported if p[0] == "Joao Costa"]


def test_gen46_returned_from_is_a_visit(extract: Any) -> None:
    """ "returned from Ethiopia" visited Ethiopia; "returned from exile" names no place."""
    graph = extract(
        "Kenyan President Uhuru Kenyatta returned from Ethiopia on Sunday. Raila Odinga "
        "returned from exile in 1992.",
        published="2015-06-10",
    )
    visited = pairs(graph, "visited")
    assert ("Uhuru Kenyatta", "Ethiopia") in visited
    assert not [p for p in visited if p[0] == "Raila Odinga"]


def test_gen46_plural_named_with_its_adjective(extract: Any) -> None:
    """ "the Free Democrats" is one name, not "Democrats"; "Iraqi Kurds" stays Kurds of
    Iraq, no "Iraqi Kurds" name."""
    graph = extract(
        "The Christian Social Union backed the Free Democrats in the vote. Iraqi Kurds "
        "welcomed the Americans.",
        published="2015-06-10",
    )
    assert ("Christian Social Union", "Free Democrats") in pairs(graph, "supported")
    labels = {label for kind in ("Group", "Organization") for label in labels_of_type(graph, kind)}
    assert "Democrats" not in labels
    assert "Iraqi Kurds" not in labels


def test_gen46_who_after_a_title_is_the_person(extract: Any) -> None:
    """ "X, the deputy minister for trade, industry, and labour who travelled to Sudan": X
    visited Sudan; "X, the minister for refugees who fled to Cyprus": the refugees fled."""
    graph = extract(
        "Lars Berg, the Swedish deputy minister for trade, industry, and labour who travelled "
        "to Sudan on Monday, told reporters that talks had stalled. Karim Nasser, the Lebanese "
        "minister for refugees who fled to Cyprus, spoke to reporters.",
        published="2015-06-10",
    )
    visited = pairs(graph, "visited")
    assert ("Lars Berg", "Sudan") in visited
    assert ("Karim Nasser", "Cyprus") not in visited


def test_gen46_untagged_party_name(extract: Any) -> None:
    """ "The Conservative party formed a coalition with X": the party supported X; "the Kurdish
    party" is no party's name."""
    graph = extract(
        "The Conservative party formed a coalition with the Democratic Unionist Party in 2017. The "
        "Kurdish party backed the Iraqi government.",
        published="2017-06-10",
    )
    assert ("Conservative party", "Democratic Unionist Party") in pairs(graph, "supported")
    labels = {label for kind in ("Group", "Organization") for label in labels_of_type(graph, kind)}
    assert "Kurdish party" not in labels


def test_gen46_name_after_counterpart_is_the_one_met(extract: Any) -> None:
    """ "met his Israeli counterpart Ofer Eini in Amman" (the name parsed as a modifier of
    "met"): Ofer Eini was met, not Israel; a counterpart with no name stays its state."""
    graph = extract(
        "Karim Nasser met his Israeli counterpart Ofer Eini in Amman. Ahmed Salem met his "
        "Egyptian counterpart in Cairo.",
        published="2015-06-10",
    )
    met = {frozenset(p) for p in pairs(graph, "met")}
    assert frozenset(("Karim Nasser", "Ofer Eini")) in met
    assert frozenset(("Karim Nasser", "Israel")) not in met
    assert frozenset(("Ahmed Salem", "Egypt")) in met
