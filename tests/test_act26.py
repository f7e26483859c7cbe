"""Actors and their roles on unseen news (issue 13, act26): an actor governing a place leads
it (kg/extract/led_groups.py), a person's political movement is one they belong to
(kg/extract/roles.py), a hyphened rank is no organisation and ends the title before it
(kg/resolve/entities.py, kg/extract/role_owners.py), and region leaders are a group in an
event written as a noun (kg/resolve/people.py)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import claims_between, nodes_of, triples

# (text, ruler, place)
GOVERNS = [
    ("Hezbollah, which governs Beirut's southern suburbs, denied the report.", None, None),
    ("The Taliban, who rule Afghanistan, rejected the plan on Monday.", "Taliban", "Afghanistan"),
    ("Hamas, which runs Gaza, fired rockets at Israel on Monday.", "Hamas", "Gaza"),
    ("The Taliban have governed Kabul since 2021, officials said.", "Taliban", "Kabul"),
    ("The Taliban, who are governing Afghanistan, closed the schools.", "Taliban", "Afghanistan"),
]


@pytest.mark.parametrize(("text", "ruler", "place"), [g for g in GOVERNS if g[1]])
def test_act26_ruler_of_a_place_leads_it(extract: Any, text: str, ruler: str, place: str) -> None:
    """An actor that governs, rules or runs a place now is leader_of it."""
    graph = extract(text)
    leads = {(s, o) for s, p, o in triples(graph) if p == "leader_of"}
    assert any(ruler.lower() in s.lower() and o == place for s, o in leads), triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        # a past reign, a future one, a negation: no current leader
        "The Taliban, who ruled Kabul until 2001, attacked a convoy on Monday.",
        "The Houthis will never rule Sanaa, the minister said.",
        "Hamas does not govern Gaza alone, the envoy said.",
        # a part of a place, a place as the ruler's object of another verb, a ruling
        "Hezbollah, which rules southern Lebanon, denied the claim.",
        "The court in Nairobi ruled that Kenya must pay Uganda.",
        # a country's own government rules it by definition
        "Nobody knows what the regime that is ruling Kenya will do, Raila Odinga said.",
    ],
)
def test_act26_no_ruler(extract: Any, text: str) -> None:
    """No leader_of from a past, future or negated reign, a part of a place, or a state."""
    graph = extract(text)
    assert not [t for t in triples(graph) if t[1] == "leader_of"], triples(graph)


@pytest.mark.parametrize(
    ("text", "person", "movement"),
    [
        (
            "Israeli troops raided the offices of Mahmoud Abbas's Fatah in Ramallah.",
            "Mahmoud Abbas",
            "Fatah",
        ),
        (
            "Jordanian authorities have banned Hammam Saeed's Muslim Brotherhood.",
            "Hammam Saeed",
            "Muslim Brotherhood",
        ),
    ],
)
def test_act26_persons_movement_is_theirs(
    extract: Any, text: str, person: str, movement: str
) -> None:
    """A person's party or political movement (a group the gazetteer codes as a party or
    the opposition) is one they are a member of."""
    graph = extract(text)
    assert claims_between(graph, person, "member_of", movement), triples(graph)


def test_act26_persons_armed_group_is_no_membership(extract: Any) -> None:
    """A person's armed group is not read as their party ("Shekau's Boko Haram")."""
    graph = extract("Nigerian troops attacked Abubakar Shekau's Boko Haram near Maiduguri.")
    assert not [t for t in triples(graph) if t[1] == "member_of"], triples(graph)


RANKED_SPOKESPEOPLE = [
    (
        "Nigeria's government said on Monday that Nigerian troops freed 200 girls in the "
        "northeast. The army's spokesman Major-General Sani Usman said the girls were safe.",
        "Sani Usman",
    ),
    (
        "Egypt's government said on Monday that Egyptian troops killed ten militants in "
        "Sinai. The military's spokesperson Brigadier-General Tamer al-Rifai said the "
        "operation went on.",
        "Tamer al-Rifai",
    ),
]


@pytest.mark.parametrize(("text", "person"), RANKED_SPOKESPEOPLE)
def test_act26_ranked_spokesperson_speaks_for_the_sector(
    extract: Any, text: str, person: str
) -> None:
    """ "the army's spokesman Major-General X": X speaks for the country's military, and
    the hyphened rank is no organisation of its own."""
    graph = extract(text)
    spoken = {o for s, p, o in triples(graph) if s == person and p == "spokesperson_for"}
    assert spoken, triples(graph)
    assert all(graph.entities[k].sector == "MIL" for k in nodes_of(graph, tuple(spoken)))
    assert not nodes_of(graph, ("Major-General", "Brigadier-General"))


def test_act26_hyphened_title_stays_a_title(extract: Any) -> None:
    """ "Secretary-General X" is no rank cut from a title: the office stays the UN's."""
    graph = extract("UN Secretary-General Antonio Guterres met Kenyan officials in Nairobi.")
    assert not nodes_of(graph, ("Secretary-General",))
    assert claims_between(graph, "Antonio Guterres", "leader_of", "United Nations")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("World leaders condemned North Korea on Monday.", "world leaders"),
        ("The verdict drew condemnations from rights groups and world leaders.", "world leaders"),
        ("The summit was disrupted by an attack by regional leaders' guards.", None),
        ("The ruling prompted protests by regional leaders in Lagos.", "regional leaders"),
    ],
)
def test_act26_region_leaders_in_an_event(extract: Any, text: str, label: str | None) -> None:
    """Region leaders with a scope word ("world", "regional") are a group of the article
    when they take part in an event, also as the party of an event noun after "by" or
    "from"."""
    graph = extract(text)
    labels = {e.label for e in graph.entities.values()}
    if label is None:
        assert "regional leaders" not in labels
    else:
        assert label in labels, labels


def test_act26_region_leaders_only_saying_are_no_node(extract: Any) -> None:
    """ "world leaders said": a statement alone makes no node."""
    graph = extract("World leaders said on Monday that the talks would resume.")
    assert "world leaders" not in {e.label.lower() for e in graph.entities.values()}


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        # the model reads the name as an organisation: the title makes it a person
        (
            "Mizanur Talukder, head of a Nepali journalists' association, said the police "
            "must act.",
            "Mizanur Talukder",
            "Nepali journalists' association",
        ),
        (
            "Kofi Boateng, head of a Ghanaian farmers' association, said prices would rise.",
            "Kofi Boateng",
            "Ghanaian farmers' association",
        ),
    ],
)
def test_act26_head_of_a_body_is_a_person(extract: Any, text: str, person: str, body: str) -> None:
    """ "X, head of a Y association": X is a person who leads the association."""
    graph = extract(text)
    assert graph.entities[next(iter(nodes_of(graph, (person,))))].type.value == "Person"
    assert claims_between(graph, person, "leader_of", body), triples(graph)
