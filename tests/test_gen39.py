"""Events between actors the graph already has (gen39): sides that fight side by side."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

COMRADES_FOUND = [
    # the subject of a fighting verb supports the side it fights beside
    (
        "Russian troops fought alongside the separatists in eastern Ukraine.",
        ("Russian troops", "supported", "separatists"),
        "occurred",
    ),
    (
        "Chadian troops have been battling alongside the Nigerian army near Lake Chad.",
        ("Chadian troops", "supported", "Nigerian army"),
        "occurred",
    ),
    # the side named after "alongside" a fighting subject supports it
    (
        "Iraqi troops alongside Shia militias recaptured Tikrit on Tuesday.",
        ("Shia militias", "supported", "Iraqi troops"),
        "occurred",
    ),
    # the owner of a presence beside a side supports it
    (
        "Iran's presence alongside the Syrian army has worried Israel.",
        ("Iran", "supported", "Syrian army"),
        "occurred",
    ),
    # status follows the text
    (
        "Al-Shabab denied that its fighters fought alongside Boko Haram.",
        ("al-Shabab", "supported", "Boko Haram"),
        "denied",
    ),
    (
        "Egyptian troops could fight alongside the Saudi army in Yemen.",
        ("Egyptian troops", "supported", "Saudi army"),
        "hypothetical",
    ),
]


@pytest.mark.parametrize(("text", "triple", "status"), COMRADES_FOUND)
def test_comrades_side_by_side_supported(
    extract: Any, text: str, triple: tuple[str, str, str], status: str
) -> None:
    """A side fighting alongside another supports it, with the status the clause gives."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))
    assert statuses(graph, triple) == {status}, statuses(graph, triple)


COMRADES_NOT_FOUND = [
    # a victim beside another is no comrade (passive)
    "Opposition leader Zedi Feruzi was shot dead alongside his bodyguard in Bujumbura.",
    # civilians are no fighting side
    "Thousands of civilians are fleeing alongside the Syrian army.",
    # a verb that is no fight or attack
    "Hezbollah exists alongside the Lebanese army in Lebanon.",
    # no armed side after the preposition
    "The Kenyan army fought alongside its own reservists near Garissa.",
]


@pytest.mark.parametrize("text", COMRADES_NOT_FOUND)
def test_comrades_no_side_no_support(extract: Any, text: str) -> None:
    """No supported claim where the one beside is no fighting side or the verb is no
    fight."""
    graph = extract(text, published="2015-05-20")
    assert not [t for t in triples(graph) if t[1] == "supported"], sorted(triples(graph))


COMRADE_ACTS = [
    # the side alongside the subject of an attack attacked its target too
    (
        "Iraqi troops alongside Shia militias drove ISIL out of Tikrit on Tuesday.",
        ("Shia militias", "attacked", "Islamic State"),
    ),
    (
        "Nigerian soldiers alongside Chadian troops attacked Boko Haram near Gamboru.",
        ("Chadian troops", "attacked", "Boko Haram"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), COMRADE_ACTS)
def test_comrades_side_alongside_attacker_attacked(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """The side alongside the subject of an attack attacked the subject's target."""
    graph = extract(text, published="2015-05-20")
    assert triple in triples(graph), sorted(triples(graph))


def test_comrades_side_alongside_a_victim_attacked_no_one(extract: Any) -> None:
    """A side alongside the subject of a passive attack (a victim) attacked no one."""
    graph = extract(
        "Iraqi troops alongside Shia militias were attacked by ISIL near Baiji.",
        published="2015-05-20",
    )
    assert not [t for t in triples(graph) if t[1] == "attacked" and t[2] == "Islamic State"]


def test_comrades_side_alongside_shares_no_territory(extract: Any) -> None:
    """The side alongside takes no share of a place or country its partner's claim names
    ("pushed X into the Syrian side": territory, read from a place word)."""
    graph = extract(
        "Syrian army forces alongside Hezbollah pushed the Nusra Front further into the "
        "Syrian side of the Qalamoun mountains.",
        published="2015-05-20",
    )
    found = triples(graph)
    assert ("Hezbollah", "attacked", "Nusra Front") in found, sorted(found)
    assert not [t for t in found if t[0] == "Hezbollah" and t[2] == "Syria"], sorted(found)
