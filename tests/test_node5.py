"""One node per actor in an article (issue 13, node5): a plain plural of people
("refugees", "civilians") beside the one country's people of that noun the article names
("Syrian refugees") is that people, written before or after it; another country's people of
the sector, or words saying where the plain ones come from ("refugees who fled Burundi"),
keep them apart (kg/resolve/merges.py ``article_kin``, kg/resolve/collectives.py
``described_people``). An organisation's acronym in brackets after its name is its name in
mixed case and after a lead-in too ("(UvA)", "(or PAH)", "(known by its Macedonian acronym
UBK)"; kg/resolve/entities.py ``_acronyms``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of

# (text, names that must all be on one node)
ONE_NODE = [
    # the plain plural after the named people, with no determiner
    (
        "Jordan hosts thousands of Iraqi refugees in Amman. Aid groups said refugees could "
        "not afford rent in the capital.",
        ("Iraqi refugees", "refugees"),
    ),
    # the plain plural written before the named people
    (
        "Civilians fled the shelling of Taiz on Monday. Aid workers said at least 20 Yemeni "
        "civilians were killed in the city.",
        ("Yemeni civilians", "Civilians"),
    ),
    # a clause that says nothing of where they come from
    (
        "Turkey registered more Afghan migrants this year. Officials said migrants who "
        "lacked papers would be sent to camps.",
        ("Afghan migrants", "migrants"),
    ),
]

# (text, two names that must be on two nodes)
TWO_NODES = [
    # the plain ones come from elsewhere: some people of their own
    (
        "The camp hosts 60,000 Congolese refugees. Officials said refugees who fled unrest in "
        "Burundi would be moved to a new site.",
        ("Congolese refugees", "refugees"),
    ),
    (
        "Italy sheltered Libyan migrants on Monday. Officials said migrants from Eritrea "
        "were taken to Sicily.",
        ("Libyan migrants", "migrants"),
    ),
    # another country's people of the sector: the plain ones are neither's
    (
        "Lebanon hosts Syrian refugees and Iraqi migrants. Aid groups said refugees could not "
        "afford rent in Beirut.",
        ("Syrian refugees", "refugees"),
    ),
    # another noun of the sector: "migrants" are not the article's "Syrian refugees"
    (
        "Greece hosts thousands of Syrian refugees. Officials said migrants reached Lesbos on "
        "Monday.",
        ("Syrian refugees", "migrants"),
    ),
]

# an organisation's bracketed acronym in mixed case or after a lead-in
ONE_NODE += [
    (
        "Police cleared the Technical University of Delft (TuD) on Monday. The TuD said it "
        "would talk to students.",
        ("Technical University of Delft", "TuD"),
    ),
    (
        "Maria Lopez founded the Tenants' Rights Platform (or PDI) in 2009. PDI activists "
        "blocked evictions in Madrid.",
        ("Tenants' Rights Platform", "PDI"),
    ),
    (
        "The head of the Directorate for State Security (known by its Serbian acronym BIA) "
        "resigned on Monday. The BIA denied the claims.",
        ("Directorate for State Security", "BIA"),
    ),
]

TWO_NODES += [
    # a person's party in brackets is no name of the person
    (
        "Opposition leader Kemal Kilicdaroglu (CHP) said on Monday the vote was unfair.",
        ("Kemal Kilicdaroglu", "CHP"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_node5_people_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """A plain plural of people and the one named people of that noun are one node."""
    graph = extract(text)
    ids = nodes_of(graph, names)
    assert len(ids) == 1, [graph.entities[i].label for i in ids]


@pytest.mark.parametrize(("text", "names"), TWO_NODES)
def test_node5_people_stay_apart(extract: Any, text: str, names: tuple[str, ...]) -> None:
    """People from elsewhere, another country's people or another noun: two nodes."""
    graph = extract(text)
    assert len(nodes_of(graph, names[:1])) == len(nodes_of(graph, names[1:])) == 1
    assert len(nodes_of(graph, names)) == 2
