"""A bloc's members named by the bloc's written name and a member noun ("NATO member states",
"ASEAN countries", "AU leaders") are the bloc's node when the article names the bloc
(``bloc_members`` in cues.json; kg/resolve/merges.py ``bloc_members``); a country's allies
a state body's leaders, or the members of a bloc the article never names stay a group of
their own."""

from __future__ import annotations

from typing import Any

import pytest


def _node_of(graph: Any, written: str) -> str | None:
    """The label of the node a phrase written in the text was resolved to."""
    for entity_id, mentions in graph.mentions.items():
        if any(m.text == written for m in mentions):
            return str(graph.entities[entity_id].label)
    return None


ONE_NODE = [
    (
        "NATO said on Monday it would send more ships. NATO member states agreed to boost "
        "spending after Russia annexed Crimea.",
        "NATO member states",
        "NATO",
    ),
    (
        "The EU said it was worried by the vote. EU governments imposed sanctions on Belarus.",
        "EU governments",
        "European Union",
    ),
]


@pytest.mark.parametrize(("text", "written", "bloc"), ONE_NODE)
def test_bloc_members_are_the_bloc(extract: Any, text: str, written: str, bloc: str) -> None:
    """The members of a bloc the article names are that bloc's node."""
    assert _node_of(extract(text, published="2015-05-15"), written) == bloc


APART = [
    # a country's allies are no country
    ("The United States said it was ready. US allies backed the plan on Monday.", "US allies"),
    # a state body's leaders are its people, no bloc
    (
        "The Jordanian government said it was ready. Kerry will visit Amman for discussions "
        "with Jordanian government leaders on May 6.",
        "Jordanian government leaders",
    ),
]


@pytest.mark.parametrize(("text", "written"), APART)
def test_other_members_stay_apart(extract: Any, text: str, written: str) -> None:
    """Allies of a country, leaders of a state body keep a node of their own."""
    assert _node_of(extract(text, published="2015-05-15"), written) == written
