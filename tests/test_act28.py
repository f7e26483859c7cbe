"""Actors named only by a role (issue 13, act28).

- an organisation's unnamed spokesperson written with its name in front ("a Pentagon
  spokesman said", "a Hamas spokeswoman", "ISIL's spokesperson") is one person of the
  article, ``spokesperson_for`` the organisation (``org_staff_titles`` in
  kg/data/en/titles.json; kg/extract/role_forms.py, ``_staff_owner``); other unnamed staff
  ("a UN official said", "an AFP reporter") stay sources with no node, and a named
  spokesperson is that person, no one new.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import node_types, pairs

# (text, the unnamed spokesperson's node, the organisation it speaks for)
SPOKESPEOPLE = [
    (
        "Floods in Kenya\n\nA Red Cross spokeswoman said the floods had killed 20 people in "
        "western Kenya on Monday.",
        "Red Cross spokeswoman",
        "Red Cross",
    ),
    (
        "Rockets over Gaza\n\nA Hamas spokesman said the group had not fired the rockets at "
        "Israel on Sunday.",
        "Hamas spokesman",
        "Hamas",
    ),
    (
        "Fighting near Baiji\n\nA Pentagon spokesperson said this week that the refinery was "
        "no longer operational.",
        "Pentagon spokesperson",
        "Pentagon",
    ),
    (
        "Claims in Mali\n\nAn al-Qaeda spokesman told a Mauritanian website that the group "
        "had kidnapped the tourists near Timbuktu.",
        "al-Qaeda spokesman",
        "al-Qaeda",
    ),
]


@pytest.mark.parametrize(("text", "person", "owner"), SPOKESPEOPLE)
def test_act28_unnamed_spokesperson_speaks_for_the_organisation(
    extract: Any, text: str, person: str, owner: str
) -> None:
    """ "a <organisation> spokesman said": one person of the article, its spokesperson."""
    graph = extract(text)
    people = {e.label: e for e in graph.entities.values() if e.type.value == "Person"}
    assert person in people
    assert (person, owner) in pairs(graph, "spokesperson_for")


def test_act28_unnamed_spokespeople_stay_in_their_article(extract: Any) -> None:
    """Two articles' "a Hamas spokesman" are two people, never one node."""
    graph = extract(
        "Rockets over Gaza\n\nA Hamas spokesman said the group had not fired the rockets.",
        "Truce in Gaza\n\nA Hamas spokesman said the truce with Israel would hold.",
    )
    nodes = [e for e in graph.entities.values() if e.label == "Hamas spokesman"]
    assert len(nodes) == 2
    assert all(len(e.articles) == 1 for e in nodes)


# no new person: other staff are sources, a named spokesperson is that person, and a
# collective or unnamed owner ("a coalition spokesman") is no organisation's name
NONE = [
    (
        "Talks in Geneva\n\nA UN official said on Monday that the talks on Yemen would start "
        "next week.",
        "UN official",
    ),
    (
        "Clashes in Aden\n\nAn AFP reporter said the city of Aden was calm on Monday.",
        "AFP reporter",
    ),
    (
        "Floods in Kenya\n\nThe Red Cross spokeswoman, Jane Mwangi, said the floods had "
        "killed 20 people in Kenya.",
        "Red Cross spokeswoman",
    ),
    (
        "Strikes in Yemen\n\nA coalition spokesman said the jets had struck Houthi positions "
        "near Aden.",
        "coalition spokesman",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NONE)
def test_act28_no_unnamed_person_where_not_a_spokesperson(
    extract: Any, text: str, absent: str
) -> None:
    """Officials and reporters as sources, named and ownerless spokespeople: no new node."""
    graph = extract(text)
    assert absent not in {e.label for e in graph.entities.values()}


def test_act28_named_spokesperson_keeps_the_role(extract: Any) -> None:
    """ "The Red Cross spokeswoman, Jane Mwangi,": she speaks for it, no unnamed one does."""
    graph = extract(
        "Floods in Kenya\n\nThe Red Cross spokeswoman, Jane Mwangi, said the floods had "
        "killed 20 people in Kenya."
    )
    assert pairs(graph, "spokesperson_for") == {("Jane Mwangi", "Red Cross")}


# (text, the area's node): a name no mention holds before a lower-case admin noun
AREAS = [
    (
        "Fighting in Yemen\n\nResidents fled after rebels shelled the Tawahi district on Sunday.",
        "Tawahi district",
    ),
    (
        "Bombs in Syria\n\nBarrel bombs dropped by the army killed at least 20 people in "
        "Aleppo province on Saturday.",
        "Aleppo province",
    ),
]


@pytest.mark.parametrize(("text", "area"), AREAS)
def test_act28_untagged_name_before_admin_noun_is_an_area(
    extract: Any, text: str, area: str
) -> None:
    """ "the Tawahi district", "in Aleppo province": one place, labelled with its noun."""
    assert node_types(extract(text)).get(area) in ("Place", "City")


# no area: a glued Arabic article keeps the name whole, a demonym is a people, a plural
# noun names several
NO_AREAS = [
    (
        "Fighting in Yemen\n\nThe boat left the al-Tawahi district of Aden on Monday.",
        "Tawahi district",
    ),
    ("Unrest in Iraq\n\nLeaders of the Kurdish region met in Baghdad on Monday.", "Kurdish region"),
    (
        "Unrest in Iraq\n\nPolice patrolled the Sunni districts of Baghdad on Monday.",
        "Sunni districts",
    ),
    (
        "Cricket results\n\nResult and close of play scores in English county championship "
        "matches on Friday.",
        "English county",
    ),
]


@pytest.mark.parametrize(("text", "absent"), NO_AREAS)
def test_act28_no_area_without_a_lone_name(extract: Any, text: str, absent: str) -> None:
    """A name's part after a hyphen, a demonym, a plural noun or an admin noun modifying
    another ("county championship") makes no area node."""
    assert absent not in node_types(extract(text))
