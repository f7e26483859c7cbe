"""An effort whose "to" clause is a light verb with its trigger noun ("efforts to reach a deal
with X", "a bid to reach an agreement with X") is its owner's negotiation with X, as "efforts to
broker a deal with X" is; a hyphened leader ("US-led efforts") owns the effort. Sentences are
about other actors than the article that showed the gap (sup35)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import pairs

# (sentence, (negotiator, with whom)) that must be found
FOUND: list[tuple[str, tuple[str, str]]] = [
    (
        "Chile is wary of Washington's efforts to reach a deal with Havana.",
        ("United States", "Cuba"),
    ),
    (
        "Turkey's efforts to reach a peace deal with the PKK have stalled.",
        ("Turkey", "Kurdistan Workers' Party"),
    ),
    ("Britain made efforts to reach an agreement with Spain.", ("United Kingdom", "Spain")),
    ("Cuba welcomed Russian-led efforts to negotiate with Venezuela.", ("Russia", "Venezuela")),
    ("Egypt is wary of French-led efforts to reach a deal with Libya.", ("France", "Libya")),
]

# the effort's owner is no party to a deal its "to" clause does not name with anyone
NOT_FOUND: list[tuple[str, tuple[str, str]]] = [
    # the hyphened name leads nothing the trigger needs: "Iran-led" names no deal partner
    ("Egypt criticised Iran-led efforts to reach Aden.", ("Iran", "Egypt")),
    # an effort with no owner of its own is not the effort of the one wary of it
    ("Chile is wary of efforts to reach a deal with Havana.", ("Chile", "Cuba")),
    # no effort noun: the one anxious does not negotiate
    ("Chile is anxious over a deal with Havana.", ("Chile", "Cuba")),
]


def _negotiated(graph: Any) -> set[frozenset[str]]:
    return {frozenset(p) for p in pairs(graph, "negotiated_with")}


@pytest.mark.parametrize(("sentence", "pair"), FOUND)
def test_endeavour_light_deal_found(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    found = _negotiated(extract(sentence))
    assert any(
        any(pair[0] in label for label in p) and any(pair[1] in label for label in p) for p in found
    ), found


@pytest.mark.parametrize(("sentence", "pair"), NOT_FOUND)
def test_endeavour_light_deal_not_found(extract: Any, sentence: str, pair: tuple[str, str]) -> None:
    found = _negotiated(extract(sentence))
    assert not any(
        any(pair[0] in label for label in p) and any(pair[1] in label for label in p) for p in found
    ), found


# (sentence, (side, side), agreed): a deal only sought is talks held, not a deal made
AGREEMENTS: list[tuple[str, tuple[str, str], bool]] = [
    (
        "Chile is wary of Washington's efforts to reach a deal with Havana.",
        ("Cuba", "United States"),
        False,
    ),
    ("Peru is trying to reach an agreement with Bolivia.", ("Bolivia", "Peru"), False),
    ("Peru reached an agreement with Bolivia.", ("Bolivia", "Peru"), True),
]


@pytest.mark.parametrize(("sentence", "pair", "agreed"), AGREEMENTS)
def test_sought_deal_is_no_agreement(
    extract: Any, sentence: str, pair: tuple[str, str], agreed: bool
) -> None:
    graph = extract(sentence)
    sides = {frozenset(p) for p in pairs(graph, "agreed_with")}
    assert (frozenset(pair) in sides) is agreed, sides
    assert frozenset(pair) in _negotiated(graph)


def test_led_operation_is_not_the_leaders_attack(extract: Any) -> None:
    # a hyphened leader owns only talks and deals: the troops of "an Iraqi-led operation to
    # retake X" need not be the leader's, and the operation is not yet done
    graph = extract("The plan includes a Saudi-led operation to retake Aden.")
    assert ("Saudi Arabia", "Aden") not in pairs(graph, "attacked")
