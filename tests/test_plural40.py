"""One node per actor (plural40).

1. A bare "the opposition" is the one country's opposition its article names ("Kenya's
   opposition"), though "opposition" is a word that marks another side in front of another
   noun ("opposition fighters" for "fighters"); two countries' oppositions keep it apart
   (kg/resolve/merges.py, ``article_kin``, ``_sided``).
2. A bare follower noun ("opponents", "critics") is the article's one group of that noun with
   an owner ("opponents of President X"), before or after it; two owners' groups of the noun,
   or another noun, keep it apart (kg/resolve/merges.py, ``follower_kin``).
Sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    # the bare opposition written first, the country's after it
    (
        "The vote was rigged, the opposition said on Monday. Kenya's opposition called for "
        "mass rallies in Nairobi.",
        ("Kenya's opposition", "opposition"),
    ),
    (
        "Election officials delayed the count, the opposition says. The Venezuelan opposition "
        "accused Nicolas Maduro of rigging the vote.",
        ("Venezuelan opposition", "opposition"),
    ),
    # a bare follower noun and the one owned group of its noun, after or before it
    (
        "Supporters and opponents of President Joseph Kabila clashed in Kinshasa on Monday. "
        "Police said opponents attacked a police station near the stadium.",
        ("opponents of President Joseph Kabila", "opponents"),
    ),
    (
        "Police said opponents attacked a police station in Kinshasa on Monday. Opponents of "
        "President Joseph Kabila have rallied for weeks.",
        ("Opponents of President Joseph Kabila", "opponents"),
    ),
    (
        "Critics of Recep Tayyip Erdogan rallied in Ankara on Monday. Police said critics "
        "attacked a police station.",
        ("Critics of Recep Tayyip Erdogan", "critics"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    # two countries' oppositions: the bare one is neither's
    (
        "The vote was rigged, the opposition said on Monday. Kenya's opposition called for "
        "rallies, and Uganda's opposition boycotted parliament.",
        ("Kenya's opposition", "opposition"),
    ),
    # two owners' groups of the noun: the bare one is neither's
    (
        "Opponents of Pierre Nkurunziza and opponents of Agathon Rwasa marched in Bujumbura "
        "on Monday. Police said opponents attacked a police station.",
        ("Opponents of Pierre Nkurunziza", "opponents"),
    ),
    # another follower noun: bare "opponents" is not the critics
    (
        "Critics of Recep Tayyip Erdogan rallied in Ankara on Monday. Police said opponents "
        "attacked a police station.",
        ("Critics of Recep Tayyip Erdogan", "opponents"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_plural40_plain_plural_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A bare plural and the article's one named group of its noun are one node."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_plural40_plain_plural_apart(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Two named groups of the noun, or another noun, keep the bare one apart."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 2, [graph.entities[i].label for i in ids]
