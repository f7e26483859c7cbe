"""One node per actor in an article (issue 13, act24): a bare armed noun is the one named
side of that noun ("militias" beside "Shia militias"), "government forces" in an article
about one country is that country's military, "Ramadi city" is Ramadi; two sides, another
side's modifier, another country or a capitalised "City" keep them apart
(kg/resolve/merges.py, ``article_kin``, ``corpus_towns``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    # a bare armed noun and the one named side of that noun
    (
        "Kurdish militias advanced on Kobane on Monday. The militias said they had taken "
        "three villages.",
        ("Kurdish militias", "militias"),
    ),
    (
        "Christian militias shelled Bangui on Sunday. Residents said militias also looted shops "
        "near the market.",
        ("Christian militias", "militias"),
    ),
    (
        "Naga fighters ambushed an army convoy in Manipur on Thursday. Police said fighters "
        "fled into the forest after the attack.",
        ("Naga fighters", "fighters"),
    ),
    # the bare noun written before the named side
    (
        "Fighters attacked a police post near Bamako on Friday. Officials said the Tuareg "
        "fighters had crossed from Algeria.",
        ("Tuareg fighters", "Fighters"),
    ),
    # "government forces" in an article about one country: its army
    (
        "Sudanese troops shelled villages in Darfur on Monday. Sudan said the army had "
        "repelled an attack near Nyala, and Sudanese officials said government forces "
        "controlled the road. Khartoum said Sudan would not negotiate.",
        ("Sudanese troops", "government forces"),
    ),
    (
        "Burundian soldiers patrolled Bujumbura on Tuesday. Burundi said security forces "
        "had arrested ten protesters, and Burundian officials said Burundi was calm.",
        ("Burundian soldiers", "security forces"),
    ),
]

# a town's name with a lower-case town noun after it is the town
TOWNS = [
    (
        'Rebels captured Kunduz on Monday. "They tried to advance from their stronghold in '
        'Kunduz city, east towards the airport," our correspondent said.',
        ("Kunduz", "Kunduz city"),
    ),
    (
        'Fighters entered Mosul on Monday. "They tried to advance from their stronghold in '
        'Mosul city, east towards the dam," our correspondent said.',
        ("Mosul", "Mosul city"),
    ),
]
ONE_NODE += TOWNS
# the headline press's short country names
ONE_NODE += [
    (
        "S Korea reported two new MERS deaths on Monday. South Korea said it would close schools.",
        ("S Korea", "South Korea"),
    ),
    (
        "N Korea fired two missiles on Monday. North Korea said the test was a success.",
        ("N Korea", "North Korea"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    # a capitalised town noun is part of a name of its own
    (
        'Israeli jets struck Gaza on Monday. "They tried to advance from their stronghold in '
        'Gaza City, east towards the border," our correspondent said.',
        ("Gaza", "Gaza City"),
    ),
    # two named sides of one noun: the bare noun is neither's
    (
        "Shia militias advanced on Tikrit on Monday while Sunni militias held Fallujah. "
        "Officials said militias had also looted shops.",
        ("Shia militias", "militias"),
    ),
    # another noun: bare "fighters" is not the article's one side of "militias"
    (
        "Kurdish militias advanced on Kobane on Monday. Witnesses said fighters also looted shops.",
        ("Kurdish militias", "fighters"),
    ),
    # another sector: "rebels" is not "Naga fighters"
    (
        "Naga fighters ambushed an army convoy in Manipur on Thursday. Police said rebels "
        "fled into the forest after the attack.",
        ("Naga fighters", "rebels"),
    ),
    # "government forces" and a foreign country's troops: no main country's army named
    (
        "US troops trained soldiers in Kabul on Monday. Government forces later attacked "
        "Taliban positions in Helmand.",
        ("US troops", "Government forces"),
    ),
    # "government forces" beside another country's troops in an article about Sudan
    (
        "Chadian troops crossed into Darfur on Monday. Sudan said government forces had "
        "repelled an attack near Nyala. Sudan and Sudanese officials said Sudan would not "
        "negotiate with Sudanese rebels.",
        ("Chadian troops", "government forces"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_act24_collective_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A bare collective and the one named collective it stands for are one node."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]
    entity = graph.entities[next(iter(ids))]
    written = {m.text for m in graph.mentions[entity.id]} | {entity.label}
    assert written >= set(names)


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_act24_collectives_stay_apart(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """Two sides, another side's modifier, another sector or country: two nodes."""
    graph = extract(text)
    assert len(nodes_of(graph, names[:1])) == len(nodes_of(graph, names[1:])) == 1
    assert len(nodes_of(graph, names)) == 2
