"""A community's groups ("Shia groups", "Kurdish groups") are one Group node of their article
wherever written, as "Sunni tribes" are (``community_groups`` in
kg/data/en/sector_nouns.json, kg/resolve/collectives.py ``find_groups``): the one armed,
trained or backed ("many of the Shia groups ... are armed and trained by Iran"). "groups"
alone, or behind a country's name ("Palestinian groups"), makes no node."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of, pairs

# (text, the group as written, its backer)
BACKED = [
    (
        "Many of the Kurdish groups that fought in Kobane are armed and trained by Turkey.",
        "Kurdish groups",
        "Turkey",
    ),
    ("Saudi Arabia backs Sunni groups in Lebanon.", "Sunni groups", "Saudi Arabia"),
    ("Some of the Druze groups in the south are funded by Israel.", "Druze groups", "Israel"),
]


@pytest.mark.parametrize(("text", "label", "backer"), BACKED)
def test_community_groups_backed(extract: Any, text: str, label: str, backer: str) -> None:
    """The community's groups are one Group node, the object of the backing."""
    graph = extract(text)
    ids = nodes_of(graph, (label,))
    assert len(ids) == 1, sorted(e.label for e in graph.entities.values())
    entity = graph.entities[next(iter(ids))]
    assert entity.type.value == "Group"
    assert entity.country is None
    assert (backer, label) in pairs(graph, "supported"), pairs(graph, "supported")


# (text, a lower-cased label no node may have)
NOT_GROUPS = [
    ("Several groups condemned the bombing in Kabul on Monday.", "groups"),
    ("Several groups condemned the bombing in Kabul on Monday.", "several groups"),
    # a country's name in front: no community of its own
    ("Afghan groups condemned the bombing in Kabul on Monday.", "afghan groups"),
]


@pytest.mark.parametrize(("text", "label"), NOT_GROUPS)
def test_community_groups_not_a_node(extract: Any, text: str, label: str) -> None:
    """ "groups" alone or behind a country's name makes no group node."""
    graph = extract(text)
    labels = {e.label.lower() for e in graph.entities.values()}
    assert label not in labels, labels
