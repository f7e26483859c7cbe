"""One node per actor in an article (issue 13, node8): a people written only by its plural
name ("Belgians", "Canadians") is the nation, not another country's people of the sector,
so it does not keep a plain plural ("hostages") from the one named people of that noun
("French hostages"); another country's people written with the noun still does
(kg/resolve/merges.py ``article_kin``, ``_whole_people``). A people's name with a faith's
plural after it ("Assyrian Christians") is the people written bare ("the Assyrians"), but a
nation's adjective ("American Muslims") is no such people (``faith_peoples``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    (
        "Rebels freed two French hostages on Monday. The ministry said more than 30 "
        "registered Belgians were still in Mali. Hostages would be flown to Paris.",
        ("French hostages", "Hostages"),
    ),
    (
        "Gunmen seized German tourists near Agadez. Officials said some 200 Canadians were "
        "still in Niger. Tourists had been moved north, the army said.",
        ("German tourists", "Tourists"),
    ),
    (
        "Militiamen shelled Turkish civilians in Benghazi. The embassy said more than 50 "
        "registered Tunisians remained in Libya. Civilians were later moved, Ankara said.",
        ("Turkish civilians", "Civilians"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    # another country's people written with the noun: the plain ones are neither's
    (
        "Rebels freed two French hostages on Monday. Belgian hostages were still held, and "
        "officials said hostages would be flown home.",
        ("French hostages", "hostages"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_node8_people_beside_a_nation(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A plain plural and the one named people of its noun are one node beside a nation."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_node8_people_beside_other_people(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Another country's people written with the noun keeps the plain plural apart."""
    graph = extract(text)
    assert len(nodes_of(graph, names[:1])) == len(nodes_of(graph, names[1:])) == 1
    assert len(nodes_of(graph, names)) == 2


# a people's name with a faith's plural after it is the people written bare
FAITH_ONE_NODE = [
    (
        "ISIL fighters abducted Assyrian Christians in Hasakah. Activists said the Assyrians "
        "were held in Raqqa.",
        ("Assyrian Christians", "Assyrians"),
    ),
    (
        "Police in Xinjiang detained Uighur Muslims on Friday. Rights groups said the Uighurs "
        "faced curbs on fasting.",
        ("Uighur Muslims", "Uighurs"),
    ),
    (
        "Tamil Hindus gathered at temples in Jaffna. The Tamils demanded the return of their land.",
        ("Tamil Hindus", "Tamils"),
    ),
]

FAITH_TWO_NODES = [
    # a nation's adjective: American Muslims are not the Americans
    (
        "American Muslims held a rally in Dallas on Sunday. Organisers said Americans of all "
        "faiths joined them.",
        ("American Muslims", "Americans"),
    ),
]


@pytest.mark.parametrize(("text", "names"), FAITH_ONE_NODE)
def test_node8_faith_people_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A people's name with a faith's plural after it and the bare people are one node."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]


@pytest.mark.parametrize(("text", "names"), FAITH_TWO_NODES)
def test_node8_nation_faith_stays_apart(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A nation's adjective before a faith's plural makes no one node with its people."""
    graph = extract(text)
    assert len(nodes_of(graph, names[:1])) == len(nodes_of(graph, names[1:])) == 1
    assert len(nodes_of(graph, names)) == 2
