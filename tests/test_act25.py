"""One node per actor (issue 13, act25): an unnamed official's title written once is one
node, whether it holds the title or is the one a title is towards ("an adviser to Ghana's
president"); an organisation a person heads and another country's official stay apart
(kg/extract/role_forms.py ``unnamed_officials``, kg/extract/roles.py ``_org_from_chunk``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, nodes_of

# (text, the official's title as written, the country it leads)
OFFICIALS = [
    ("Rebels met Kofi Mensah, an aide to Ghana's president, on Monday.", "Ghana's president"),
    (
        "Officials met Juan Ortiz, a foreign policy adviser to Peru's president, on Friday.",
        "Peru's president",
    ),
]


@pytest.mark.parametrize(("text", "title"), OFFICIALS)
def test_act25_unnamed_official_one_node(extract: Any, text: str, title: str) -> None:
    """An adviser's principal written as a country's title is the one unnamed official."""
    graph = extract(text)
    ids = nodes_of(graph, (title,))
    assert len(ids) == 1, [(graph.entities[i].label, graph.entities[i].type.value) for i in ids]
    assert graph.entities[next(iter(ids))].type.value == "Person"


def test_act25_org_a_person_heads_stays_an_organisation(extract: Any) -> None:
    """ "who heads Ghana's wealth fund": a body, not an official."""
    graph = extract("Kofi Mensah, who heads Ghana's wealth fund, met rebels on Monday.")
    ids = nodes_of(graph, ("Ghana's wealth fund",))
    assert len(ids) == 1
    assert graph.entities[next(iter(ids))].type.value == "Organization"
    assert claims_between(graph, "Kofi Mensah", "leader_of", "Ghana's wealth fund")


def test_act25_two_countries_officials_stay_apart(extract: Any) -> None:
    """Two countries' presidents written in one sentence are two nodes."""
    graph = extract(
        "Kofi Mensah, an aide to Ghana's president, met Jean Koffi, an adviser to Togo's "
        "president, on Monday."
    )
    assert len(nodes_of(graph, ("Ghana's president", "Togo's president"))) == 2


# (text, the group as written, its country's ISO code or None)
COMMUNITY_GROUPS = [
    # a country's demonym in front: the group, with the country
    ("Kenya is sending arms to Somali clans, officials said on Monday.", "Somali clans", "SO"),
    ("Afghan tribes attacked a Taliban post near Kandahar on Monday.", "Afghan tribes", "AF"),
    # a community's name in front: the group, no country
    ("Pashtun tribes attacked a Taliban post near Kandahar on Monday.", "Pashtun tribes", None),
    # no name in front, acting in an event: the article's group as written
    ("Tribal elders in Kandahar met Afghan officials on Monday.", "Tribal elders", None),
]


@pytest.mark.parametrize(("text", "label", "iso"), COMMUNITY_GROUPS)
def test_act25_community_group_node(extract: Any, text: str, label: str, iso: str | None) -> None:
    """A people's own body ("Somali clans", "tribal elders") is one Group node as written."""
    graph = extract(text)
    ids = nodes_of(graph, (label,))
    assert len(ids) == 1, sorted(e.label for e in graph.entities.values())
    entity = graph.entities[next(iter(ids))]
    assert entity.type.value == "Group"
    assert entity.country == iso
    assert entity.sector is None


# (text, a phrase that must be no node)
NOT_GROUPS = [
    # another people noun with a country in front acting in no event (grp50: where it acts,
    # "Israeli settlers attacked", it is a group of its own, tests/test_grp50.py)
    "Israeli settlers said on Monday that they would stay.",
    # bare tribes named in no event: no node
    "The region is home to many tribes, officials said on Monday.",
]


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_act25_not_a_community_group(extract: Any, text: str) -> None:
    """Other people nouns after a name, and bare tribes in no event, make no group node."""
    graph = extract(text)
    labels = {e.label.lower() for e in graph.entities.values()}
    assert not {"israeli settlers", "tribes", "many tribes"} & labels, labels


def test_act25_two_countries_tribes_stay_apart(extract: Any) -> None:
    """Two countries' tribes are two groups, and neither is its country."""
    graph = extract("Afghan tribes and Pakistani tribes met near the border on Monday.")
    ids = nodes_of(graph, ("Afghan tribes", "Pakistani tribes"))
    assert len(ids) == 2
    assert {graph.entities[i].type.value for i in ids} == {"Group"}
