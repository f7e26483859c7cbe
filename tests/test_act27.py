"""Bare collective actors news writes without a country (issue 13, act27).

- a bare "the military", "police", "the government" in an article about one country is
  that country's sector actor (kg/resolve/collectives.py, ``main_country`` and
  ``bare_collectives``; "police" as the article's own node of that country, labelled as
  written: ``PLAIN_STATE``); an article about two countries leaves them no one's;
- bare plurals that are parties of events ("protesters", "demonstrators") are a plain group
  of their article, and people who speak for a cause ("activists", ``advocate_nouns`` in
  kg/data/en/cues.json) are a group of their own, not the crowd they report on
  (kg/resolve/resolver.py, ``_scoped_key``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

# (text, the written form, the label of its node)
OWNED = [
    (
        "Unrest in Burundi\n\nBurundi's capital was tense on Friday. The military said it had "
        "restored order in Bujumbura, and Burundian officials said police had arrested ten "
        "protesters. Burundi denied abuses.",
        "military",
        "Burundian military",  # shown as the article writes it (act32)
    ),
    (
        "Unrest in Burundi\n\nBurundi's capital was tense on Friday. The military said it had "
        "restored order in Bujumbura, and Burundian officials said police had arrested ten "
        "protesters. Burundi denied abuses.",
        "police",
        "police",  # the country's, as the article's own node labelled as written (grp34)
    ),
    (
        "Protests in Togo\n\nTogo's capital Lome was tense on Monday. Police fired tear gas at "
        "protesters, and Togolese officials said the government would not resign. Togo's "
        "opposition called a strike.",
        "government",
        "Togolese government",
    ),
]

# two countries: a bare "the military" is neither's and makes no node of either's army
UNOWNED = [
    (
        "Border talks\n\nKenyan officials and Somali officials met on Monday. Kenya and "
        "Somalia said the military had attacked al-Shabab fighters near the border.",
        ("Kenyan army", "Somali army"),
    ),
]

# (text, the advocates as written, the crowd as written): two nodes
APART = [
    (
        "Clashes in Peru\n\nPeru's south saw protests on Tuesday. Activists said police "
        "attacked demonstrators in Cusco, and Peruvian officials said Peru would investigate.",
        "Activists",
        "demonstrators",
    ),
    (
        "Protests in Zimbabwe\n\nZimbabwe's capital saw protests on Sunday. Rights activists "
        "said police attacked protesters in Harare, and Zimbabwean officials said Zimbabwe "
        "would investigate.",
        "Rights activists",
        "protesters",
    ),
]


def _node_of(graph: Any, written: str) -> Any:
    found = [
        graph.entities[eid]
        for eid, mentions in graph.mentions.items()
        if any(m.text == written for m in mentions)
    ]
    assert len(found) == 1, [e.label for e in found]
    return found[0]


@pytest.mark.parametrize(("text", "written", "label"), OWNED)
def test_act27_bare_state_noun_is_main_country(
    extract: Any, text: str, written: str, label: str
) -> None:
    """A bare state sector noun in an article about one country is that country's actor."""
    node = _node_of(extract(text), written)
    assert node.label == label
    assert node.country is not None


@pytest.mark.parametrize(("text", "labels"), UNOWNED)
def test_act27_bare_state_noun_two_countries(
    extract: Any, text: str, labels: tuple[str, ...]
) -> None:
    """Two candidate countries: the bare noun joins neither's sector actor."""
    graph = extract(text)
    shown = {e.label for e in graph.entities.values()}
    assert not shown & set(labels)
    assert not any(m.text == "military" for ms in graph.mentions.values() for m in ms)


@pytest.mark.parametrize(("text", "advocates", "crowd"), APART)
def test_act27_advocates_are_not_the_crowd(
    extract: Any, text: str, advocates: str, crowd: str
) -> None:
    """Activists who report an attack on demonstrators: two groups, the crowd attacked."""
    graph = extract(text)
    speakers, crowds = _node_of(graph, advocates), _node_of(graph, crowd)
    assert speakers is not crowds
    assert any(o == crowds.label for _, p, o in triples(graph) if p == "attacked")


def test_act27_protesters_and_demonstrators_stay_one(extract: Any) -> None:
    """The crowd nouns of one article are still one group (only advocates stand apart)."""
    graph = extract(
        "Protests in Peru\n\nPeru's south saw protests on Tuesday. Police attacked "
        "protesters in Cusco, and Peruvian officials said demonstrators had blocked roads. "
        "Peru said it would investigate."
    )
    assert _node_of(graph, "protesters") is _node_of(graph, "demonstrators")
